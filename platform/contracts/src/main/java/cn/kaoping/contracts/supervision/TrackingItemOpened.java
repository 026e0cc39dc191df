package cn.kaoping.contracts.supervision;

import cn.kaoping.contracts.Nullable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * 重点跟踪督办: a tracking item was opened on a key person or a key file (S1), by itself from the streams or
 * by hand. Subject: the item id.
 *
 * @param officerId  the key person, or the file's primary officer
 * @param caseFileId the key file; absent for a key person
 * @param caseNumber the key file's case number; absent for a key person
 * @param period     the month of the red card ({@code 2017-05}) for {@link TrackingReason#RED_CARD}; else absent
 * @param dueOn      the file's rectification deadline where it has one, else one month after opening
 */
public record TrackingItemOpened(
        String itemId,
        TrackingKind kind,
        TrackingReason reason,
        String officerId,
        String unitId,
        @Nullable String caseFileId,
        @Nullable String caseNumber,
        @Nullable String period,
        LocalDate dueOn) implements SupervisionEvent {

    public TrackingItemOpened {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(officerId, "officerId");
        Objects.requireNonNull(unitId, "unitId");
    }

    @Override
    public String subject() {
        return itemId;
    }
}
