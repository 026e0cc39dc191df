package cn.kaoping.evaluation.officer;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import cn.kaoping.contracts.evaluation.OfficerRegistered;
import cn.kaoping.contracts.evaluation.OfficerRole;
import cn.kaoping.evaluation.domain.ErrorCode;
import cn.kaoping.evaluation.domain.FieldError;
import cn.kaoping.evaluation.domain.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/** 民警: an officer of a unit, with the roles he holds (a legal officer belongs to his unit). */
public class Officer {

    @AggregateIdentifier
    private String officerId;

    protected Officer() {
    }

    @CommandHandler
    public Officer(RegisterOfficer command) {
        List<FieldError> errors = new ArrayList<>();
        requireText(errors, "policeNumber", command.policeNumber());
        requireText(errors, "name", command.name());
        requireText(errors, "unitId", command.unitId());
        if (command.roles().isEmpty()) {
            errors.add(FieldError.of("roles", ErrorCode.REQUIRED));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        // Roles in their declared order, so that equal registrations give identical events.
        List<OfficerRole> roles = command.roles().stream().sorted().toList();
        apply(new OfficerRegistered(command.officerId(), command.policeNumber().strip(), command.name().strip(),
                command.unitId(), roles, command.actorId(), command.at()));
    }

    private static void requireText(List<FieldError> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(FieldError.of(field, ErrorCode.REQUIRED));
        }
    }

    @EventSourcingHandler
    void on(OfficerRegistered event) {
        officerId = event.officerId();
    }
}
