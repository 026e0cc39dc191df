package cn.kaoping.contracts.supervision;

/** How an accountability decision was revised. */
public enum RevisionKind {
    /** 复核: on review. */
    REVIEW,
    /** 申诉: on appeal. */
    APPEAL
}
