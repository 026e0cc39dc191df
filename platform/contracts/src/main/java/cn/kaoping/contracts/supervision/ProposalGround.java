package cn.kaoping.contracts.supervision;

/** Why the software proposed an accountability case (S2), from the rulebook thresholds. */
public enum ProposalGround {
    /** 拒不整改: a refused rectification (accountabilityOnRefusedRectification). */
    REFUSED_RECTIFICATION,
    /** 屡次红牌: accountabilityRedCards red cards within the last accountabilityWithinMonths months. */
    REPEATED_RED_CARDS,
    /** 十差: a file of a confirmed ten-worst selection. */
    TEN_WORST,
    /** Opened by hand by the brigade. */
    MANUAL
}
