package cn.kaoping.contracts.evaluation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An officer left the service (离职、退休 …), effective on a day: he may no longer act, new files may not name him,
 * and lists of officers expected to do something (meetings, allocations) leave him out. His records stay his.
 */
public record OfficerDeactivated(
        String officerId,
        String unitId,
        LocalDate effectiveOn,
        String actorId,
        Instant occurredAt) implements EvaluationEvent {

    @Override
    public String subject() {
        return officerId;
    }
}
