package cn.kaoping.supervision.timing;

/** What a durable timer fires. */
public enum TimerKind {
    /** A tracking item's due date passed (S1: OPEN → OVERDUE). */
    ITEM_DUE,
    /** An accountability case's statement period passed (S2: ISSUED → STATEMENT_WAIVED). */
    STATEMENT_DUE
}
