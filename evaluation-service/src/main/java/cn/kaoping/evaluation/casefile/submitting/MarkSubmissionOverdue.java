package cn.kaoping.evaluation.casefile.submitting;

import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * E3: sent by the deadline scheduler when the submission deadline may have passed. Idempotent: it changes
 * nothing (no event, no error) when the deadline has not passed at {@code asOf}, when the file was already
 * marked overdue, or when it was submitted. The actor is the system.
 */
public record MarkSubmissionOverdue(@TargetAggregateIdentifier String caseFileId, Instant asOf) {

    public MarkSubmissionOverdue {
        Objects.requireNonNull(caseFileId, "caseFileId");
        Objects.requireNonNull(asOf, "asOf");
    }
}
