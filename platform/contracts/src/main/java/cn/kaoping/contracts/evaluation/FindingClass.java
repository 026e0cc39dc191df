package cn.kaoping.contracts.evaluation;

/** The class of a rulebook item and of the findings that name it (E4). */
public enum FindingClass {
    /** 执法不严格: a problem of substance. */
    NOT_STRICT,
    /** 执法不规范: a problem of form. */
    NOT_STANDARDIZED
}
