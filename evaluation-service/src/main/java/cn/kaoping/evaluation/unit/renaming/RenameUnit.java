package cn.kaoping.evaluation.unit.renaming;

import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An ADMIN renames a unit (its code stays). */
public record RenameUnit(@TargetAggregateIdentifier String unitId, String name, String actorId, Instant at) {

    public RenameUnit {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(at, "at");
    }
}
