package cn.kaoping.contracts.evaluation;

/** 整改情况: how a round-one finding stands on the round-two card (E6). */
public enum Rectification {
    /** 已整改: keeps its points. */
    RECTIFIED,
    /** 未整改: counts the rulebook's unrectified factor times its points. */
    UNRECTIFIED
}
