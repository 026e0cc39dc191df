package cn.kaoping.evaluation.officer;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import cn.kaoping.contracts.evaluation.OfficerDeactivated;
import cn.kaoping.contracts.evaluation.OfficerRegistered;
import cn.kaoping.contracts.evaluation.OfficerRole;
import cn.kaoping.contracts.evaluation.OfficerTransferred;
import cn.kaoping.contracts.evaluation.OfficerUpdated;
import cn.kaoping.evaluation.deadline.BureauCalendar;
import cn.kaoping.evaluation.officer.deactivating.DeactivateOfficer;
import cn.kaoping.evaluation.officer.deactivating.DeactivationDecision;
import cn.kaoping.evaluation.officer.registering.OfficerRegistrationDecision;
import cn.kaoping.evaluation.officer.registering.RegisterOfficer;
import cn.kaoping.evaluation.officer.transferring.TransferDecision;
import cn.kaoping.evaluation.officer.transferring.TransferOfficer;
import cn.kaoping.evaluation.officer.updating.OfficerUpdateDecision;
import cn.kaoping.evaluation.officer.updating.UpdateOfficer;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * 民警: an officer of a unit, with the roles he holds (a legal officer belongs to his unit); he may be corrected,
 * transferred to another unit and deactivated. The Axon wiring of the decisions of {@code officer.*}.
 */
public class Officer {

    @AggregateIdentifier
    private String officerId;
    private String policeNumber;
    private String name;
    private String unitId;
    private List<OfficerRole> roles;
    private LocalDate deactivatedOn;

    protected Officer() {
    }

    @CommandHandler
    public Officer(RegisterOfficer command) {
        OfficerRegistrationDecision.decide(command).forEach(event -> apply(event));
    }

    @CommandHandler
    public void handle(UpdateOfficer command) {
        OfficerUpdateDecision.decide(command, snapshot()).forEach(event -> apply(event));
    }

    @CommandHandler
    public void handle(TransferOfficer command, BureauCalendar calendar) {
        TransferDecision.decide(command, snapshot(), calendar).forEach(event -> apply(event));
    }

    @CommandHandler
    public void handle(DeactivateOfficer command, BureauCalendar calendar) {
        DeactivationDecision.decide(command, snapshot(), calendar).forEach(event -> apply(event));
    }

    private OfficerSnapshot snapshot() {
        return new OfficerSnapshot(officerId, policeNumber, name, unitId, roles, deactivatedOn);
    }

    @EventSourcingHandler
    void on(OfficerRegistered event) {
        officerId = event.officerId();
        policeNumber = event.policeNumber();
        name = event.name();
        unitId = event.unitId();
        roles = event.roles();
    }

    @EventSourcingHandler
    void on(OfficerUpdated event) {
        name = event.name();
        roles = event.roles();
    }

    @EventSourcingHandler
    void on(OfficerTransferred event) {
        unitId = event.toUnitId();
    }

    @EventSourcingHandler
    void on(OfficerDeactivated event) {
        deactivatedOn = event.effectiveOn();
    }
}
