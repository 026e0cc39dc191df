package cn.kaoping.evaluation.officer.deactivating;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An ADMIN deactivates an officer who left the service, effective on a day (today when none is given). */
public record DeactivateOfficer(
        @TargetAggregateIdentifier String officerId,
        LocalDate effectiveOn,
        String actorId,
        Instant at) {

    public DeactivateOfficer {
        Objects.requireNonNull(officerId, "officerId");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(at, "at");
    }
}
