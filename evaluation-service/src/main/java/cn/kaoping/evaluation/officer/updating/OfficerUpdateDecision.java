package cn.kaoping.evaluation.officer.updating;

import cn.kaoping.contracts.evaluation.EvaluationEvent;
import cn.kaoping.contracts.evaluation.OfficerRole;
import cn.kaoping.contracts.evaluation.OfficerUpdated;
import cn.kaoping.domain.FieldError;
import cn.kaoping.evaluation.domain.ErrorCode;
import cn.kaoping.evaluation.domain.Refusals;
import cn.kaoping.evaluation.officer.OfficerSnapshot;
import java.util.ArrayList;
import java.util.List;

/**
 * 民警信息变更: a name and at least one role, as at registration; a deactivated officer is not changed any more. The
 * same name and roles again change nothing (no event), so that repeating a PUT is harmless.
 */
public final class OfficerUpdateDecision {

    private OfficerUpdateDecision() {
    }

    public static List<EvaluationEvent> decide(UpdateOfficer command, OfficerSnapshot officer) {
        List<FieldError> errors = new ArrayList<>();
        if (command.name() == null || command.name().isBlank()) {
            errors.add(FieldError.of("name", ErrorCode.REQUIRED));
        }
        if (command.roles().isEmpty()) {
            errors.add(FieldError.of("roles", ErrorCode.REQUIRED));
        }
        if (!errors.isEmpty()) {
            throw Refusals.invalid(errors);
        }
        officer.requireActive();
        String name = command.name().strip();
        // Roles in their declared order, as at registration, so that equal sets compare equal.
        List<OfficerRole> roles = command.roles().stream().sorted().toList();
        if (name.equals(officer.name()) && roles.equals(officer.roles())) {
            return List.of();
        }
        return List.of(new OfficerUpdated(officer.officerId(), officer.policeNumber(), name, officer.unitId(), roles,
                command.actorId(), command.at()));
    }
}
