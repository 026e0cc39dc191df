package cn.kaoping.contracts.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The rectification deadline passed without resubmission (E6): every round-one finding counts as
 * unrectified on a round-two card, the file is flagged overdueRectification (for supervision) and closed
 * ({@link CaseFileClosed} follows).
 */
public record RectificationOverdue(
        String caseFileId,
        String caseNumber,
        String unitId,
        String primaryOfficerId,
        List<String> coHandlerIds,
        LocalDate rectificationDueOn,
        EvaluationCard card,
        List<String> unrectifiedFindingIds,
        YearMonth evaluationMonth,
        LocalDate objectionDueOn,
        String actorId,
        Instant occurredAt) implements EvaluationEvent {

    public RectificationOverdue {
        coHandlerIds = Lists.copy(coHandlerIds);
        unrectifiedFindingIds = Lists.copy(unrectifiedFindingIds);
    }

    @Override
    public String subject() {
        return caseFileId;
    }
}
