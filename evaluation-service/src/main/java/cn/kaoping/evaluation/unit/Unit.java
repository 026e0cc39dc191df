package cn.kaoping.evaluation.unit;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import cn.kaoping.contracts.evaluation.UnitRegistered;
import cn.kaoping.evaluation.domain.ErrorCode;
import cn.kaoping.evaluation.domain.FieldError;
import cn.kaoping.evaluation.domain.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/** 单位: a unit of the bureau that handles cases (派出所, 大队) or reviews them (法制大队). */
public class Unit {

    @AggregateIdentifier
    private String unitId;

    protected Unit() {
    }

    @CommandHandler
    public Unit(RegisterUnit command) {
        List<FieldError> errors = new ArrayList<>();
        if (command.code() == null || command.code().isBlank()) {
            errors.add(FieldError.of("code", ErrorCode.REQUIRED));
        }
        if (command.name() == null || command.name().isBlank()) {
            errors.add(FieldError.of("name", ErrorCode.REQUIRED));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        apply(new UnitRegistered(command.unitId(), command.code().strip(), command.name().strip(),
                command.actorId(), command.at()));
    }

    @EventSourcingHandler
    void on(UnitRegistered event) {
        unitId = event.unitId();
    }
}
