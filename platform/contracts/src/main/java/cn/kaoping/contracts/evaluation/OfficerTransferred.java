package cn.kaoping.contracts.evaluation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An officer was transferred (调动) from one unit to another, effective on a day. Files already registered keep the
 * unit they were registered under: only the officer's current unit changes, and with it what he may act on.
 */
public record OfficerTransferred(
        String officerId,
        String fromUnitId,
        String toUnitId,
        LocalDate effectiveOn,
        String actorId,
        Instant occurredAt) implements EvaluationEvent {

    @Override
    public String subject() {
        return officerId;
    }
}
