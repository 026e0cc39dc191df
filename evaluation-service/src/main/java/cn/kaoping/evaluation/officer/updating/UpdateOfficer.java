package cn.kaoping.evaluation.officer.updating;

import cn.kaoping.contracts.evaluation.OfficerRole;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An ADMIN corrects an officer's name or sets his roles (the whole set: a PUT). */
public record UpdateOfficer(
        @TargetAggregateIdentifier String officerId,
        String name,
        Set<OfficerRole> roles,
        String actorId,
        Instant at) {

    public UpdateOfficer {
        Objects.requireNonNull(officerId, "officerId");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(at, "at");
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
