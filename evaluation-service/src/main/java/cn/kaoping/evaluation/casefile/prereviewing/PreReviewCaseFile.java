package cn.kaoping.evaluation.casefile.prereviewing;

import cn.kaoping.evaluation.scoring.FindingInput;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** E2: the unit legal officer pre-reviews (初评) the file before submission; may be repeated. */
public record PreReviewCaseFile(
        @TargetAggregateIdentifier String caseFileId,
        List<FindingInput> findings,
        String actorId,
        Instant at) {

    public PreReviewCaseFile {
        Objects.requireNonNull(caseFileId, "caseFileId");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(at, "at");
        findings = findings == null ? List.of() : List.copyOf(findings);
    }
}
