package cn.kaoping.contracts.evaluation;

import java.time.Instant;
import java.util.List;

/** An officer (警号 policeNumber) was registered in a unit with his roles by an ADMIN. */
public record OfficerRegistered(
        String officerId,
        String policeNumber,
        String name,
        String unitId,
        List<OfficerRole> roles,
        String actorId,
        Instant occurredAt) implements EvaluationEvent {

    public OfficerRegistered {
        roles = Lists.copy(roles);
    }

    @Override
    public String subject() {
        return officerId;
    }
}
