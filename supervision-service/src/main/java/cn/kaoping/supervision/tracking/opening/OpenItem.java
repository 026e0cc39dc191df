package cn.kaoping.supervision.tracking.opening;

import cn.kaoping.contracts.Actor;
import cn.kaoping.contracts.supervision.TrackingKind;
import cn.kaoping.contracts.supervision.TrackingReason;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Open a tracking item, by itself from an event ({@code openingKey} = subject + reason [+ period]) or by hand
 * ({@code openingKey} null).
 *
 * @param newItemId the id the item gets if it opens (deterministic from the key when automatic)
 * @param today     the bureau's date at {@code at}
 */
public record OpenItem(
        String newItemId,
        TrackingKind kind,
        TrackingReason reason,
        String officerId,
        String unitId,
        String caseFileId,
        String caseNumber,
        String period,
        LocalDate dueOn,
        String openingKey,
        String note,
        Actor actor,
        Instant at,
        LocalDate today) {

    public boolean automatic() {
        return openingKey != null;
    }
}
