package cn.kaoping.evaluation.casefile.submitting;

import cn.kaoping.contracts.evaluation.EvaluationEvent;
import cn.kaoping.contracts.evaluation.ProcessPenalty;
import cn.kaoping.contracts.evaluation.SubmissionOverdue;
import cn.kaoping.evaluation.casefile.CaseFileSnapshot;
import cn.kaoping.evaluation.deadline.BureauCalendar;
import cn.kaoping.evaluation.deadline.Deadline;
import cn.kaoping.evaluation.rulebook.Rulebook;
import cn.kaoping.evaluation.scoring.CardCalculator;
import cn.kaoping.evaluation.scoring.Points;
import cn.kaoping.evaluation.scoring.ProcessPenalties;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * E3 不送评: the submission deadline passed unsubmitted: the file is flagged, takes the MISSING penalty, and its
 * evaluation month is the month the deadline passed (whenever the scheduler fired).
 */
public final class SubmissionOverdueDecision {

    private SubmissionOverdueDecision() {
    }

    /**
     * Nothing — no event, no refusal — when the deadline has not passed at {@code asOf}, the file is already
     * marked, or it was submitted: the scheduler may fire twice or late.
     */
    public static List<EvaluationEvent> decide(MarkSubmissionOverdue command, CaseFileSnapshot file,
                                               Rulebook rulebook, BureauCalendar calendar) {
        if (!file.unsubmitted() || file.overdueSubmission() || !file.submissionDeadline().hasPassedAt(command.asOf())) {
            return List.of();
        }
        return List.of(overdue(file.caseFileId(), file.caseNumber(), file.unitId(), file.primaryOfficerId(),
                file.coHandlerIds(), file.submissionDeadline(), rulebook, calendar, command.asOf()));
    }

    /** The overdue event of a file (also at registration, when its deadline has passed already, and when late). */
    public static SubmissionOverdue overdue(String caseFileId, String caseNumber, String unitId,
                                            String primaryOfficerId, List<String> coHandlerIds, Deadline deadline,
                                            Rulebook rulebook, BureauCalendar calendar, Instant at) {
        List<ProcessPenalty> penalties = List.of(ProcessPenalties.missing(rulebook));
        BigDecimal deduction = CardCalculator.processOnlyDeduction(penalties);
        return new SubmissionOverdue(caseFileId, caseNumber, unitId, primaryOfficerId, coHandlerIds,
                deadline.dueOn(), calendar.monthOf(deadline.overdueAt()), rulebook.versionId(), penalties,
                deduction, Points.HUNDRED.subtract(deduction), EvaluationEvent.SYSTEM_ACTOR, at);
    }
}
