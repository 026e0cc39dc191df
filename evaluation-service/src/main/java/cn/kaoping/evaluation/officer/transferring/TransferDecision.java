package cn.kaoping.evaluation.officer.transferring;

import cn.kaoping.contracts.evaluation.EvaluationEvent;
import cn.kaoping.contracts.evaluation.OfficerTransferred;
import cn.kaoping.domain.FieldError;
import cn.kaoping.evaluation.deadline.BureauCalendar;
import cn.kaoping.evaluation.domain.ErrorCode;
import cn.kaoping.evaluation.domain.Refusals;
import cn.kaoping.evaluation.officer.OfficerSnapshot;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * 民警调动: to another unit, effective on a day not after today (a transfer is recorded when it happens: what he may
 * act on follows at once). A deactivated officer is transferred no more. Files already registered keep their unit.
 */
public final class TransferDecision {

    private TransferDecision() {
    }

    public static List<EvaluationEvent> decide(TransferOfficer command, OfficerSnapshot officer,
                                               BureauCalendar calendar) {
        List<FieldError> errors = new ArrayList<>();
        if (command.unitId() == null || command.unitId().isBlank()) {
            errors.add(FieldError.of("unitId", ErrorCode.REQUIRED));
        } else if (command.unitId().equals(officer.unitId())) {
            errors.add(FieldError.of("unitId", ErrorCode.TRANSFER_TO_SAME_UNIT, command.unitId()));
        }
        LocalDate today = calendar.dateOf(command.at());
        if (command.effectiveOn() == null) {
            errors.add(FieldError.of("effectiveOn", ErrorCode.REQUIRED));
        } else if (command.effectiveOn().isAfter(today)) {
            errors.add(FieldError.of("effectiveOn", ErrorCode.EFFECTIVE_ON_IN_FUTURE, command.effectiveOn(), today));
        }
        if (!errors.isEmpty()) {
            throw Refusals.invalid(errors);
        }
        officer.requireActive();
        return List.of(new OfficerTransferred(officer.officerId(), officer.unitId(), command.unitId(),
                command.effectiveOn(), command.actorId(), command.at()));
    }
}
