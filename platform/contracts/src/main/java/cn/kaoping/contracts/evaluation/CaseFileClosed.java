package cn.kaoping.contracts.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * The evaluation of the file closed, with its final result. An upheld objection may still recompute the
 * result afterwards ({@link ObjectionDecided} carries the new card).
 *
 * @param finalRound the round of the final card
 */
public record CaseFileClosed(
        String caseFileId,
        String caseNumber,
        String unitId,
        String primaryOfficerId,
        List<String> coHandlerIds,
        ClosingReason reason,
        int finalRound,
        BigDecimal totalDeduction,
        BigDecimal score,
        Grade grade,
        Classification classification,
        YearMonth evaluationMonth,
        boolean overdueSubmission,
        boolean overdueRectification,
        String actorId,
        Instant occurredAt) implements EvaluationEvent {

    public CaseFileClosed {
        coHandlerIds = Lists.copy(coHandlerIds);
    }

    @Override
    public String subject() {
        return caseFileId;
    }
}
