package cn.kaoping.evaluation.deadline;

/** The deadlines the scheduler fires; objection periods are checked by the aggregate when an objection comes. */
public enum DeadlineKind {
    /** 送评期限: from the closing date; passed unsubmitted → {@code MarkSubmissionOverdue}. */
    SUBMISSION,
    /** 整改期限: from the round-one review; passed without resubmission → {@code ExpireRectification}. */
    RECTIFICATION
}
