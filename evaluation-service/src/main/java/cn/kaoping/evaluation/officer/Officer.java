package cn.kaoping.evaluation.officer;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import cn.kaoping.contracts.evaluation.OfficerRegistered;
import cn.kaoping.evaluation.officer.registering.OfficerRegistrationDecision;
import cn.kaoping.evaluation.officer.registering.RegisterOfficer;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * 民警: an officer of a unit, with the roles he holds (a legal officer belongs to his unit). The Axon wiring of
 * {@link OfficerRegistrationDecision}.
 */
public class Officer {

    @AggregateIdentifier
    private String officerId;

    protected Officer() {
    }

    @CommandHandler
    public Officer(RegisterOfficer command) {
        OfficerRegistrationDecision.decide(command).forEach(event -> apply(event));
    }

    @EventSourcingHandler
    void on(OfficerRegistered event) {
        officerId = event.officerId();
    }
}
