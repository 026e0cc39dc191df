package cn.kaoping.evaluation.infrastructure.deadlines;

import cn.kaoping.evaluation.casefile.reviewing.ExpireRectification;
import cn.kaoping.evaluation.casefile.submitting.MarkSubmissionOverdue;
import cn.kaoping.evaluation.deadline.DeadlineKind;
import java.time.Instant;

/** A deadline that has come due and was claimed by one scheduler: what to fire. */
record DueDeadline(String caseFileId, DeadlineKind kind, Instant dueAt, int attempts) {

    /** The idempotent command that applies the consequences of the deadline, as of {@code asOf}. */
    Object command(Instant asOf) {
        return switch (kind) {
            case SUBMISSION -> new MarkSubmissionOverdue(caseFileId, asOf);
            case RECTIFICATION -> new ExpireRectification(caseFileId, asOf);
        };
    }
}
