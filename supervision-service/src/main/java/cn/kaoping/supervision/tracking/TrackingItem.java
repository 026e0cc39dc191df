package cn.kaoping.supervision.tracking;

import cn.kaoping.contracts.supervision.TrackingKind;
import cn.kaoping.contracts.supervision.TrackingReason;
import java.time.LocalDate;

/** 重点跟踪督办事项: one key person or key file under tracking (S1). */
public record TrackingItem(
        String itemId,
        TrackingKind kind,
        TrackingReason reason,
        String officerId,
        String unitId,
        String caseFileId,
        String caseNumber,
        String period,
        LocalDate dueOn,
        TrackingState state) {

    /** Whether the item is still being tracked (not resolved). */
    public boolean isLive() {
        return state != TrackingState.RESOLVED;
    }
}
