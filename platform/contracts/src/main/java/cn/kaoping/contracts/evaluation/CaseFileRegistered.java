package cn.kaoping.contracts.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A closed administrative case file (行政案卷) was registered (E1).
 *
 * @param rulebookVersion     the rulebook version in force on {@code closedOn}; the whole evaluation of the
 *                            file (deadlines, penalties, both cards) is scored under it
 * @param submissionDueOn     the last day on which submission is on time
 * @param submissionOverdueAt the instant from which the file is overdue (start of the next day in the
 *                            bureau's time zone): when to fire {@code MarkSubmissionOverdue}
 */
public record CaseFileRegistered(
        String caseFileId,
        String caseNumber,
        CaseKind kind,
        String unitId,
        String primaryOfficerId,
        List<String> coHandlerIds,
        LocalDate closedOn,
        String rulebookVersion,
        LocalDate submissionDueOn,
        Instant submissionOverdueAt,
        String actorId,
        Instant occurredAt) implements EvaluationEvent {

    public CaseFileRegistered {
        coHandlerIds = Lists.copy(coHandlerIds);
    }

    @Override
    public String subject() {
        return caseFileId;
    }
}
