package cn.kaoping.evaluation.officer.registering;

import cn.kaoping.contracts.evaluation.EvaluationEvent;
import cn.kaoping.contracts.evaluation.OfficerRegistered;
import cn.kaoping.contracts.evaluation.OfficerRole;
import cn.kaoping.domain.FieldError;
import cn.kaoping.evaluation.domain.ErrorCode;
import cn.kaoping.evaluation.domain.Refusals;
import java.util.ArrayList;
import java.util.List;

/**
 * 民警登记: an officer has a police number, a name, a unit and at least one role (the unit's existence and the police
 * number's uniqueness are the read model's, checked before).
 */
public final class OfficerRegistrationDecision {

    private OfficerRegistrationDecision() {
    }

    public static List<EvaluationEvent> decide(RegisterOfficer command) {
        List<FieldError> errors = new ArrayList<>();
        requireText(errors, "policeNumber", command.policeNumber());
        requireText(errors, "name", command.name());
        requireText(errors, "unitId", command.unitId());
        if (command.roles().isEmpty()) {
            errors.add(FieldError.of("roles", ErrorCode.REQUIRED));
        }
        if (!errors.isEmpty()) {
            throw Refusals.invalid(errors);
        }
        // Roles in their declared order, so that equal registrations give identical events.
        List<OfficerRole> roles = command.roles().stream().sorted().toList();
        return List.of(new OfficerRegistered(command.officerId(), command.policeNumber().strip(),
                command.name().strip(), command.unitId(), roles, command.actorId(), command.at()));
    }

    private static void requireText(List<FieldError> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(FieldError.of(field, ErrorCode.REQUIRED));
        }
    }
}
