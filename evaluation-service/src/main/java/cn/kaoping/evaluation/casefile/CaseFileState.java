package cn.kaoping.evaluation.casefile;

/** The states of a case file (API.md); overdue submission and rectification are flags beside them. */
public enum CaseFileState {
    REGISTERED,
    PRE_REVIEWED,
    SUBMITTED,
    /** Round one reviewed with findings: rectification and resubmission due. */
    REVIEWED,
    RESUBMITTED,
    CLOSED
}
