package cn.kaoping.evaluation.unit.registering;

import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An ADMIN registers a unit (派出所, 大队 …); the uniqueness of its code is checked on the read model. */
public record RegisterUnit(@TargetAggregateIdentifier String unitId, String code, String name, String actorId,
                           Instant at) {

    public RegisterUnit {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(at, "at");
    }
}
