package cn.kaoping.contracts.incentive;

/** Why an officer may not be commended (评先评优) in a period (I3). */
public enum ExclusionReason {
    /** 红牌: red-carded in a published monthly list of the period. */
    RED_CARD,
    /** 追责: an accountability decision of liability in the period. */
    LIABILITY,
    /** 轮训不足: short of the yearly rotation-training days (when the scheme says so). */
    ROTATION_SHORTFALL
}
