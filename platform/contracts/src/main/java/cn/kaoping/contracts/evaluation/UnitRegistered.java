package cn.kaoping.contracts.evaluation;

import java.time.Instant;

/** A unit (派出所, 大队 …) was registered by an ADMIN. */
public record UnitRegistered(String unitId, String code, String name, String actorId, Instant occurredAt)
        implements EvaluationEvent {

    @Override
    public String subject() {
        return unitId;
    }
}
