package cn.kaoping.evaluation.officer.registering;

import cn.kaoping.contracts.evaluation.OfficerRole;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An ADMIN registers an officer (警号 policeNumber) in a unit with his roles; the existence of the unit and
 * the uniqueness of the police number are checked on the read model.
 */
public record RegisterOfficer(
        @TargetAggregateIdentifier String officerId,
        String policeNumber,
        String name,
        String unitId,
        Set<OfficerRole> roles,
        String actorId,
        Instant at) {

    public RegisterOfficer {
        Objects.requireNonNull(officerId, "officerId");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(at, "at");
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
