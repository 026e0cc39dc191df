package cn.kaoping.contracts.evaluation;

import java.time.Instant;
import java.util.List;

/**
 * An ADMIN corrected an officer's name or changed his roles. Carries the officer as he now stands (police number and
 * unit unchanged), so that a consumer replaces its row and needs no earlier event to read it.
 */
public record OfficerUpdated(
        String officerId,
        String policeNumber,
        String name,
        String unitId,
        List<OfficerRole> roles,
        String actorId,
        Instant occurredAt) implements EvaluationEvent {

    public OfficerUpdated {
        roles = Lists.copy(roles);
    }

    @Override
    public String subject() {
        return officerId;
    }
}
