package cn.kaoping.contracts.supervision;

import cn.kaoping.contracts.Nullable;
import java.util.Objects;

/**
 * 销号: a tracking item was resolved (S1). Subject: the item id.
 *
 * @param caseFileId the key file; absent for a key person
 * @param automatic  resolved by itself (the file closed with every round-one finding rectified, or all the
 *                   key person's key-file items resolved), not by hand
 * @param note       what the brigade wrote when resolving by hand
 */
public record TrackingItemResolved(
        String itemId,
        TrackingKind kind,
        TrackingReason reason,
        String officerId,
        String unitId,
        @Nullable String caseFileId,
        boolean automatic,
        @Nullable String note) implements SupervisionEvent {

    public TrackingItemResolved {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(officerId, "officerId");
        Objects.requireNonNull(unitId, "unitId");
    }

    @Override
    public String subject() {
        return itemId;
    }
}
