package cn.kaoping.evaluation.casefile.submitting;

import cn.kaoping.contracts.evaluation.CaseFileSubmitted;
import cn.kaoping.contracts.evaluation.EvaluationEvent;
import cn.kaoping.contracts.evaluation.ProcessPenalty;
import cn.kaoping.contracts.evaluation.SubmissionOverdue;
import cn.kaoping.domain.DomainException;
import cn.kaoping.evaluation.casefile.CaseFileSnapshot;
import cn.kaoping.evaluation.deadline.BureauCalendar;
import cn.kaoping.evaluation.domain.ErrorCode;
import cn.kaoping.evaluation.rulebook.Rulebook;
import cn.kaoping.evaluation.scoring.CardCalculator;
import cn.kaoping.evaluation.scoring.ProcessPenalties;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * 送评 (E2, E3) and 二次送评 (E6): round one on or before the due date is on time; later it is LATE, which replaces
 * MISSING; without a pre-review it is NO_PREREVIEW. Round two is the resubmission of a reviewed file before its
 * rectification deadline.
 */
public final class SubmissionDecision {

    private SubmissionDecision() {
    }

    public static List<EvaluationEvent> decide(SubmitCaseFile command, CaseFileSnapshot file, Rulebook rulebook,
                                               BureauCalendar calendar) {
        file.requireNotClosed();
        return switch (file.state()) {
            case REGISTERED, PRE_REVIEWED -> roundOne(command, file, rulebook, calendar);
            case REVIEWED -> resubmission(command, file, calendar);
            default -> throw DomainException.conflict(ErrorCode.CASE_FILE_ALREADY_SUBMITTED, file.state());
        };
    }

    /**
     * A late file not yet marked overdue is marked now, so that its evaluation month is the month the deadline
     * passed whenever the scheduler fired.
     */
    private static List<EvaluationEvent> roundOne(SubmitCaseFile command, CaseFileSnapshot file, Rulebook rulebook,
                                                  BureauCalendar calendar) {
        List<EvaluationEvent> events = new ArrayList<>();
        boolean late = file.submissionDeadline().hasPassedAt(command.at());
        YearMonth month = file.evaluationMonth();
        if (late && !file.overdueSubmission()) {
            SubmissionOverdue overdue = SubmissionOverdueDecision.overdue(file.caseFileId(), file.caseNumber(),
                    file.unitId(), file.primaryOfficerId(), file.coHandlerIds(), file.submissionDeadline(), rulebook,
                    calendar, command.at());
            month = overdue.evaluationMonth();
            events.add(overdue);
        }
        List<ProcessPenalty> penalties = new ArrayList<>();
        if (late) {
            penalties.add(ProcessPenalties.late(rulebook, file.submissionDeadline(), command.at(), calendar));
        }
        if (file.preReviews() == 0) {
            penalties.add(ProcessPenalties.noPreReview(rulebook));
        }
        events.add(new CaseFileSubmitted(file.caseFileId(), file.caseNumber(), file.unitId(),
                file.primaryOfficerId(), 1, calendar.dateOf(command.at()), late, penalties,
                CardCalculator.processOnlyDeduction(penalties), month, command.actorId(), command.at()));
        return events;
    }

    private static List<EvaluationEvent> resubmission(SubmitCaseFile command, CaseFileSnapshot file,
                                                      BureauCalendar calendar) {
        if (file.rectificationDeadline().hasPassedAt(command.at())) {
            throw DomainException.conflict(ErrorCode.RECTIFICATION_DEADLINE_PASSED,
                    file.rectificationDeadline().dueOn());
        }
        return List.of(new CaseFileSubmitted(file.caseFileId(), file.caseNumber(), file.unitId(),
                file.primaryOfficerId(), 2, calendar.dateOf(command.at()), false, file.processPenalties(),
                CardCalculator.processOnlyDeduction(file.processPenalties()), file.evaluationMonth(),
                command.actorId(), command.at()));
    }
}
