package cn.kaoping.contracts.evaluation;

import cn.kaoping.contracts.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A brigade reviewer cross-reviewed (交叉阅卷) the file and filled its evaluation card (E4, E6). The actor
 * is the reviewer. Round 1 without findings is followed by {@link CaseFileClosed}; with findings, the file
 * must be rectified and resubmitted by {@code rectificationDueOn}. Round 2 replaces the round-one deduction
 * and is followed by {@link CaseFileClosed}.
 *
 * @param rectifiedFindingIds    round 2: round-one findings marked rectified
 * @param unrectifiedFindingIds  round 2: round-one findings marked unrectified
 * @param evaluationMonth        the file's evaluation month (this review's month, unless the submission
 *                               deadline passed unsubmitted earlier)
 * @param rectificationDueOn     round 1 with findings: last day to resubmit; otherwise null
 * @param rectificationOverdueAt round 1 with findings: when to fire {@code ExpireRectification}; otherwise null
 * @param objectionDueOn         last day on which the officer may object to this card
 */
public record CaseFileReviewed(
        String caseFileId,
        String caseNumber,
        String unitId,
        String primaryOfficerId,
        List<String> coHandlerIds,
        int round,
        LocalDate reviewedOn,
        EvaluationCard card,
        List<String> rectifiedFindingIds,
        List<String> unrectifiedFindingIds,
        YearMonth evaluationMonth,
        @Nullable LocalDate rectificationDueOn,
        @Nullable Instant rectificationOverdueAt,
        LocalDate objectionDueOn,
        String actorId,
        Instant occurredAt) implements EvaluationEvent {

    public CaseFileReviewed {
        coHandlerIds = Lists.copy(coHandlerIds);
        rectifiedFindingIds = Lists.copy(rectifiedFindingIds);
        unrectifiedFindingIds = Lists.copy(unrectifiedFindingIds);
    }

    @Override
    public String subject() {
        return caseFileId;
    }
}
