package cn.kaoping.evaluation.casefile.reviewing;

import cn.kaoping.contracts.evaluation.ClosingReason;
import cn.kaoping.contracts.evaluation.EvaluationCard;
import cn.kaoping.contracts.evaluation.EvaluationEvent;
import cn.kaoping.contracts.evaluation.Finding;
import cn.kaoping.contracts.evaluation.RectificationOverdue;
import cn.kaoping.evaluation.casefile.CaseFileSnapshot;
import cn.kaoping.evaluation.casefile.CaseFileState;
import cn.kaoping.evaluation.deadline.BureauCalendar;
import cn.kaoping.evaluation.rulebook.Rulebook;
import cn.kaoping.evaluation.scoring.CardCalculator;
import cn.kaoping.evaluation.scoring.Findings;
import java.util.List;

/**
 * 整改逾期 (E6): the rectification deadline passed without resubmission: every standing round-one finding counts as
 * unrectified on a round-two card, the file is flagged and its evaluation closes.
 */
public final class RectificationOverdueDecision {

    private RectificationOverdueDecision() {
    }

    /**
     * Nothing — no event, no refusal — unless the file awaits resubmission and the deadline has passed at
     * {@code asOf}: the scheduler may fire twice, or after the file was resubmitted or closed.
     */
    public static List<EvaluationEvent> decide(ExpireRectification command, CaseFileSnapshot file, Rulebook rulebook,
                                               BureauCalendar calendar) {
        if (file.state() != CaseFileState.REVIEWED || !file.rectificationDeadline().hasPassedAt(command.asOf())) {
            return List.of();
        }
        List<Finding> findings = file.roundOneFindings().stream()
                .map(f -> f.withdrawn() ? f : Findings.unrectified(f, rulebook.unrectifiedFactor()))
                .toList();
        List<String> unrectified = findings.stream().filter(f -> !f.withdrawn()).map(Finding::findingId).toList();
        EvaluationCard card = CardCalculator.card(rulebook, 2, findings, file.processPenalties());
        return List.of(
                new RectificationOverdue(file.caseFileId(), file.caseNumber(), file.unitId(), file.primaryOfficerId(),
                        file.coHandlerIds(), file.rectificationDeadline().dueOn(), card, unrectified,
                        file.evaluationMonth(),
                        CaseFileSnapshot.objectionDeadline(rulebook, command.asOf(), calendar).dueOn(),
                        EvaluationEvent.SYSTEM_ACTOR, command.asOf()),
                file.closed(ClosingReason.RECTIFICATION_OVERDUE, card, file.evaluationMonth(), true,
                        EvaluationEvent.SYSTEM_ACTOR, command.asOf()));
    }
}
