package cn.kaoping.evaluation.casefile.objecting;

import cn.kaoping.contracts.evaluation.EvaluationEvent;
import cn.kaoping.contracts.evaluation.ObjectionRaised;
import cn.kaoping.domain.DomainException;
import cn.kaoping.evaluation.casefile.CaseFileSnapshot;
import cn.kaoping.evaluation.deadline.BureauCalendar;
import cn.kaoping.evaluation.deadline.Deadline;
import cn.kaoping.evaluation.domain.ErrorCode;
import cn.kaoping.evaluation.rulebook.Rulebook;
import java.time.LocalDate;
import java.util.List;

/** 提出异议 (E9): an officer of the file objects to its latest card within the objection period after it. */
public final class ObjectionRaisingDecision {

    private ObjectionRaisingDecision() {
    }

    public static List<EvaluationEvent> decide(RaiseObjection command, CaseFileSnapshot file, Rulebook rulebook,
                                               BureauCalendar calendar) {
        if (file.card() == null) {
            throw DomainException.conflict(ErrorCode.CASE_FILE_NOT_REVIEWED);
        }
        if (!file.handledBy(command.actorId())) {
            throw DomainException.notPermitted(ErrorCode.OBJECTION_NOT_BY_HANDLING_OFFICER, command.actorId());
        }
        if (command.reason() == null || command.reason().isBlank()) {
            throw DomainException.invalidField(ErrorCode.REQUIRED, "reason");
        }
        if (file.pendingObjectionRound() != null) {
            throw DomainException.conflict(ErrorCode.OBJECTION_PENDING, file.pendingObjectionRound());
        }
        int round = file.card().round();
        if (file.objectedRounds().contains(round)) {
            throw DomainException.conflict(ErrorCode.OBJECTION_ALREADY_RAISED, round);
        }
        Deadline objectionDeadline = CaseFileSnapshot.objectionDeadline(rulebook, file.cardAt(), calendar);
        if (objectionDeadline.hasPassedAt(command.at())) {
            throw DomainException.conflict(ErrorCode.OBJECTION_PERIOD_OVER, objectionDeadline.dueOn());
        }
        LocalDate decisionDueOn = rulebook.objectionDecisionPeriod()
                .after(calendar.dateOf(command.at()), command.at(), calendar).dueOn();
        return List.of(new ObjectionRaised(file.caseFileId(), file.caseNumber(), file.unitId(),
                file.primaryOfficerId(), round, command.reason().strip(), decisionDueOn, command.actorId(),
                command.at()));
    }
}
