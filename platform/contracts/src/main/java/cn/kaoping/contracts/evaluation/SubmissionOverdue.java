package cn.kaoping.contracts.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The submission deadline passed with the file unsubmitted (不送评, E3): the file is flagged overdue and
 * carries the MISSING penalty. Its evaluation month is the month the deadline passed, and never moves.
 *
 * @param totalDeduction the file's deduction as it stands (its process penalties), for the monthly lists
 * @param score          100 − totalDeduction
 */
public record SubmissionOverdue(
        String caseFileId,
        String caseNumber,
        String unitId,
        String primaryOfficerId,
        List<String> coHandlerIds,
        LocalDate submissionDueOn,
        YearMonth evaluationMonth,
        String rulebookVersion,
        List<ProcessPenalty> processPenalties,
        BigDecimal totalDeduction,
        BigDecimal score,
        String actorId,
        Instant occurredAt) implements EvaluationEvent {

    public SubmissionOverdue {
        coHandlerIds = Lists.copy(coHandlerIds);
        processPenalties = Lists.copy(processPenalties);
    }

    @Override
    public String subject() {
        return caseFileId;
    }
}
