package cn.kaoping.contracts.training;

import java.util.Objects;

/**
 * 免予参训: the brigade excused a nominee from the lagging-officer class, with a reason (T3); the nomination
 * stays on record. Subject: the officer id.
 */
public record NominationExcused(
        String nominationId,
        String officerId,
        String unitId,
        String reason) implements TrainingEvent {

    public NominationExcused {
        Objects.requireNonNull(nominationId, "nominationId");
        Objects.requireNonNull(officerId, "officerId");
        Objects.requireNonNull(unitId, "unitId");
    }

    @Override
    public String subject() {
        return officerId;
    }
}
