package cn.kaoping.contracts.evaluation;

/** 案件类型: the kind of an administrative case file (E1). */
public enum CaseKind {
    /** 行政处罚 */
    ADMINISTRATIVE_PENALTY,
    /** 行政许可 */
    ADMINISTRATIVE_LICENSING,
    /** 行政强制 */
    ADMINISTRATIVE_COMPULSION,
    /** 其他 */
    OTHER
}
