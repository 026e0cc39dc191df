package cn.kaoping.evaluation.casefile.reviewing;

import cn.kaoping.evaluation.scoring.FindingInput;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * E4/E6: a brigade reviewer fills the evaluation card of a submitted file: round one after submission, round
 * two after resubmission. In round two every round-one finding (not withdrawn) is marked rectified or
 * unrectified, and new findings may be added.
 *
 * @param actorUnitId the reviewer's unit: he may not review a file of his own unit
 */
public record ReviewCaseFile(
        @TargetAggregateIdentifier String caseFileId,
        List<FindingInput> findings,
        List<String> rectifiedFindingIds,
        List<String> unrectifiedFindingIds,
        String actorId,
        String actorUnitId,
        Instant at) {

    public ReviewCaseFile {
        Objects.requireNonNull(caseFileId, "caseFileId");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(at, "at");
        findings = findings == null ? List.of() : List.copyOf(findings);
        rectifiedFindingIds = rectifiedFindingIds == null ? List.of() : List.copyOf(rectifiedFindingIds);
        unrectifiedFindingIds = unrectifiedFindingIds == null ? List.of() : List.copyOf(unrectifiedFindingIds);
    }

    /** A round-one review. */
    public static ReviewCaseFile roundOne(String caseFileId, List<FindingInput> findings, String actorId,
                                          String actorUnitId, Instant at) {
        return new ReviewCaseFile(caseFileId, findings, List.of(), List.of(), actorId, actorUnitId, at);
    }
}
