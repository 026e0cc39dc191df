package cn.kaoping.contracts.evaluation;

import cn.kaoping.contracts.Nullable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The unit submitted the file (送评) to the legal brigade: round 1, or round 2 after rectification
 * (二次送评, E2, E3, E6).
 *
 * @param late             round 1 only: submitted after the submission deadline
 * @param processPenalties every process penalty the file carries after this submission (LATE replaces MISSING;
 *                         NO_PREREVIEW when no pre-review was recorded)
 * @param processDeduction their sum
 * @param evaluationMonth  set when the file already has one (its submission deadline passed unsubmitted)
 */
public record CaseFileSubmitted(
        String caseFileId,
        String caseNumber,
        String unitId,
        String primaryOfficerId,
        int round,
        LocalDate submittedOn,
        boolean late,
        List<ProcessPenalty> processPenalties,
        BigDecimal processDeduction,
        @Nullable YearMonth evaluationMonth,
        String actorId,
        Instant occurredAt) implements EvaluationEvent {

    public CaseFileSubmitted {
        processPenalties = Lists.copy(processPenalties);
    }

    @Override
    public String subject() {
        return caseFileId;
    }
}
