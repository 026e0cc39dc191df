package cn.kaoping.incentive.funding;

/** DRAFT until LEADERSHIP approves; APPROVED is frozen. */
public enum AllocationState {
    DRAFT, APPROVED
}
