package cn.kaoping.evaluation.casefile.reviewing;

import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * E6: sent by the deadline scheduler when the rectification deadline may have passed. Idempotent: it changes
 * nothing (no event, no error) unless the file awaits resubmission after a round-one review and the deadline
 * has passed at {@code asOf}; so a second firing, or a firing after the file was resubmitted or closed, is a
 * no-op. The actor is the system.
 */
public record ExpireRectification(@TargetAggregateIdentifier String caseFileId, Instant asOf) {

    public ExpireRectification {
        Objects.requireNonNull(caseFileId, "caseFileId");
        Objects.requireNonNull(asOf, "asOf");
    }
}
