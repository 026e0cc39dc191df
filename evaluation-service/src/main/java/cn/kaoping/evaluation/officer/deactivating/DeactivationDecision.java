package cn.kaoping.evaluation.officer.deactivating;

import cn.kaoping.contracts.evaluation.EvaluationEvent;
import cn.kaoping.contracts.evaluation.OfficerDeactivated;
import cn.kaoping.domain.FieldError;
import cn.kaoping.evaluation.deadline.BureauCalendar;
import cn.kaoping.evaluation.domain.ErrorCode;
import cn.kaoping.evaluation.domain.Refusals;
import cn.kaoping.evaluation.officer.OfficerSnapshot;
import java.time.LocalDate;
import java.util.List;

/**
 * 民警注销: once (a second time is 409), effective today or on an earlier day given; from then on he may not act and
 * new files may not name him. What he did stays his.
 */
public final class DeactivationDecision {

    private DeactivationDecision() {
    }

    public static List<EvaluationEvent> decide(DeactivateOfficer command, OfficerSnapshot officer,
                                               BureauCalendar calendar) {
        LocalDate today = calendar.dateOf(command.at());
        LocalDate effectiveOn = command.effectiveOn() == null ? today : command.effectiveOn();
        if (effectiveOn.isAfter(today)) {
            throw Refusals.invalid(List.of(
                    FieldError.of("effectiveOn", ErrorCode.EFFECTIVE_ON_IN_FUTURE, effectiveOn, today)));
        }
        officer.requireActive();
        return List.of(new OfficerDeactivated(officer.officerId(), officer.unitId(), effectiveOn, command.actorId(),
                command.at()));
    }
}
