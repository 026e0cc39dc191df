package cn.kaoping.contracts.evaluation;

import java.time.Instant;

/** An ADMIN renamed a unit; its code and id stay, and pages print the new name. */
public record UnitRenamed(String unitId, String code, String previousName, String name, String actorId,
                          Instant occurredAt) implements EvaluationEvent {

    @Override
    public String subject() {
        return unitId;
    }
}
