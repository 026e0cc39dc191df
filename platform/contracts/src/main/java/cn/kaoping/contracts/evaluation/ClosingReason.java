package cn.kaoping.contracts.evaluation;

/** Why the evaluation of a case file closed. */
public enum ClosingReason {
    /** Round one found nothing (E5). */
    NO_FINDINGS_IN_ROUND_ONE,
    /** Round two was reviewed (E6). */
    ROUND_TWO_REVIEWED,
    /** The rectification deadline passed without resubmission (E6). */
    RECTIFICATION_OVERDUE,
    /** An upheld objection withdrew every round-one finding while rectification was pending (E5, E9). */
    ALL_FINDINGS_WITHDRAWN
}
