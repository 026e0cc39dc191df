package cn.kaoping.evaluation.unit.registering;

import cn.kaoping.contracts.evaluation.EvaluationEvent;
import cn.kaoping.contracts.evaluation.UnitRegistered;
import cn.kaoping.domain.FieldError;
import cn.kaoping.evaluation.domain.ErrorCode;
import cn.kaoping.evaluation.domain.Refusals;
import java.util.ArrayList;
import java.util.List;

/** 单位登记: a unit has a code and a name (the code's uniqueness is the read model's, checked before). */
public final class UnitRegistrationDecision {

    private UnitRegistrationDecision() {
    }

    public static List<EvaluationEvent> decide(RegisterUnit command) {
        List<FieldError> errors = new ArrayList<>();
        if (command.code() == null || command.code().isBlank()) {
            errors.add(FieldError.of("code", ErrorCode.REQUIRED));
        }
        if (command.name() == null || command.name().isBlank()) {
            errors.add(FieldError.of("name", ErrorCode.REQUIRED));
        }
        if (!errors.isEmpty()) {
            throw Refusals.invalid(errors);
        }
        return List.of(new UnitRegistered(command.unitId(), command.code().strip(), command.name().strip(),
                command.actorId(), command.at()));
    }
}
