package cn.kaoping.incentive.commendation;

/** Why an officer may not be commended in a period (I3). */
public enum ExclusionKind {
    /** 红牌: red-carded in a published monthly list of the period. */
    RED_CARD,
    /** 追责: an accountability decision of liability in the period. */
    ACCOUNTABILITY,
    /** 轮训不足: fewer rotation-training days in the year than the rulebook's minimum. */
    ROTATION_SHORTFALL
}
