package cn.kaoping.contracts.supervision;

import cn.kaoping.contracts.Nullable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * 逾期: a tracking item's due date passed unresolved (S1); it fires by itself. Subject: the item id.
 *
 * @param caseFileId the key file; absent for a key person
 * @param dueOn      the due date that passed (an extension granted before it moves it)
 */
public record TrackingItemOverdue(
        String itemId,
        TrackingKind kind,
        TrackingReason reason,
        String officerId,
        String unitId,
        @Nullable String caseFileId,
        LocalDate dueOn) implements SupervisionEvent {

    public TrackingItemOverdue {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(officerId, "officerId");
        Objects.requireNonNull(unitId, "unitId");
    }

    @Override
    public String subject() {
        return itemId;
    }
}
