package cn.kaoping.evaluation.unit;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import cn.kaoping.contracts.evaluation.UnitRegistered;
import cn.kaoping.contracts.evaluation.UnitRenamed;
import cn.kaoping.evaluation.unit.registering.RegisterUnit;
import cn.kaoping.evaluation.unit.registering.UnitRegistrationDecision;
import cn.kaoping.evaluation.unit.renaming.RenameUnit;
import cn.kaoping.evaluation.unit.renaming.UnitRenamingDecision;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * 单位: a unit of the bureau that handles cases (派出所, 大队) or reviews them (法制大队). The Axon wiring of
 * {@link UnitRegistrationDecision} and {@link UnitRenamingDecision}.
 */
public class Unit {

    @AggregateIdentifier
    private String unitId;
    private String code;
    private String name;

    protected Unit() {
    }

    @CommandHandler
    public Unit(RegisterUnit command) {
        UnitRegistrationDecision.decide(command).forEach(event -> apply(event));
    }

    @CommandHandler
    public void handle(RenameUnit command) {
        UnitRenamingDecision.decide(command, unitId, code, name).forEach(event -> apply(event));
    }

    @EventSourcingHandler
    void on(UnitRegistered event) {
        unitId = event.unitId();
        code = event.code();
        name = event.name();
    }

    @EventSourcingHandler
    void on(UnitRenamed event) {
        name = event.name();
    }
}
