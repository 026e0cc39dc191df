package cn.kaoping.evaluation.officer.transferring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An ADMIN transfers (调动) an officer to another unit, effective on a day; the unit's existence is checked before. */
public record TransferOfficer(
        @TargetAggregateIdentifier String officerId,
        String unitId,
        LocalDate effectiveOn,
        String actorId,
        Instant at) {

    public TransferOfficer {
        Objects.requireNonNull(officerId, "officerId");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(at, "at");
    }
}
