package cn.kaoping.contracts.evaluation;

/** 考评等次: the grade of an evaluation card, from the rulebook's grade bands. */
public enum Grade {
    /** 优秀 */
    EXCELLENT,
    /** 合格 */
    PASS,
    /** 不合格 */
    FAIL
}
