package cn.kaoping.evaluation.casefile.submitting;

import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * E2/E6: the unit submits the file (送评): round one after registration or pre-review, or round two
 * (二次送评) after a round-one review with findings, before the rectification deadline.
 */
public record SubmitCaseFile(@TargetAggregateIdentifier String caseFileId, String actorId, Instant at) {

    public SubmitCaseFile {
        Objects.requireNonNull(caseFileId, "caseFileId");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(at, "at");
    }
}
