package cn.kaoping.supervision.accountability;

/** S2: DRAFT → ISSUED → STATEMENT_RECEIVED or STATEMENT_WAIVED → SUBMITTED → DECIDED. */
public enum CaseState {
    /** 草拟: the brigade edits the draft opinion. */
    DRAFT,
    /** 已送达: the officer is notified; his statement period runs. */
    ISSUED,
    /** 已陈述申辩. */
    STATEMENT_RECEIVED,
    /** 放弃陈述申辩: the period passed without a statement. */
    STATEMENT_WAIVED,
    /** 已提交局党委. */
    SUBMITTED,
    /** 已决定: final; a review or appeal is a new outcome. */
    DECIDED
}
