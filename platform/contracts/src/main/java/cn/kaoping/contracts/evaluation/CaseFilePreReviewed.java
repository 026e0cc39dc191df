package cn.kaoping.contracts.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The unit legal officer pre-reviewed (初评) the file before submission (E2); a file may be pre-reviewed
 * several times. The findings are not scored.
 *
 * @param preReviewNumber 1 for the first pre-review of the file, 2 for the next …
 */
public record CaseFilePreReviewed(
        String caseFileId,
        String caseNumber,
        String unitId,
        String primaryOfficerId,
        int preReviewNumber,
        LocalDate preReviewedOn,
        List<PreReviewFinding> findings,
        String actorId,
        Instant occurredAt) implements EvaluationEvent {

    public CaseFilePreReviewed {
        findings = Lists.copy(findings);
    }

    @Override
    public String subject() {
        return caseFileId;
    }
}
