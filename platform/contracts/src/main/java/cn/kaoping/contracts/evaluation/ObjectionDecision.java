package cn.kaoping.contracts.evaluation;

/** The decision on an objection (异议) to an evaluation card. */
public enum ObjectionDecision {
    /** 异议成立: the named findings are withdrawn and the card is recomputed. */
    UPHELD,
    /** 异议不成立: the card stands. */
    REJECTED
}
