package cn.kaoping.supervision.tracking.opening;

import static cn.kaoping.supervision.SupervisionError.DUE_ON_IN_PAST;
import static cn.kaoping.supervision.SupervisionError.ITEM_ALREADY_OPEN;

import cn.kaoping.contracts.supervision.TrackingItemOpened;
import cn.kaoping.domain.DomainException;
import cn.kaoping.supervision.tracking.TrackingItem;
import cn.kaoping.supervision.tracking.TrackingState;
import java.util.Optional;

/** S1: one live item per subject and reason. An automatic opening joins the live item; a manual one is refused. */
public final class OpeningDecision {

    private OpeningDecision() {
    }

    /** The new item and its event, or empty when an automatic opening joins the live item. */
    public record Opened(TrackingItem item, TrackingItemOpened event) {
    }

    public static Optional<Opened> decide(OpenItem command, Optional<TrackingItem> live) {
        if (live.isPresent()) {
            if (command.automatic()) {
                return Optional.empty();
            }
            throw DomainException.conflict(ITEM_ALREADY_OPEN, live.get().itemId());
        }
        if (!command.automatic() && command.dueOn().isBefore(command.today())) {
            throw DomainException.invalidField(DUE_ON_IN_PAST, "dueOn", command.dueOn(), command.today());
        }
        TrackingItem item = new TrackingItem(command.newItemId(), command.kind(), command.reason(), command.officerId(),
                command.unitId(), command.caseFileId(), command.caseNumber(), command.period(), command.dueOn(),
                TrackingState.OPEN);
        return Optional.of(new Opened(item, new TrackingItemOpened(item.itemId(), item.kind(), item.reason(),
                item.officerId(), item.unitId(), item.caseFileId(), item.caseNumber(), item.period(), item.dueOn())));
    }
}
