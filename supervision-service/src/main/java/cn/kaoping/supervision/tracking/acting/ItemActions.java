package cn.kaoping.supervision.tracking.acting;

import static cn.kaoping.supervision.SupervisionError.ITEM_ALREADY_OPEN;
import static cn.kaoping.supervision.SupervisionError.TRACKING_ITEM_NOT_FOUND;

import cn.kaoping.contracts.Actor;
import cn.kaoping.contracts.supervision.TrackingKind;
import cn.kaoping.domain.DomainException;
import cn.kaoping.runtime.db.Db;
import cn.kaoping.runtime.outbox.Outbox;
import cn.kaoping.supervision.SupervisionSettings;
import cn.kaoping.supervision.timing.TimerKind;
import cn.kaoping.supervision.timing.Timers;
import cn.kaoping.supervision.tracking.TrackingItem;
import cn.kaoping.supervision.tracking.TrackingItems;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Applies actions, due dates and automatic resolution to tracking items: load, decide, store, publish. */
@ApplicationScoped
public class ItemActions {

    private static final Actor SYSTEM = Actor.system("supervision-tracking");

    private final Db db;
    private final TrackingItems items;
    private final Timers timers;
    private final Outbox outbox;
    private final SupervisionSettings settings;

    ItemActions(Db db, TrackingItems items, Timers timers, Outbox outbox, SupervisionSettings settings) {
        this.db = db;
        this.items = items;
        this.timers = timers;
        this.outbox = outbox;
        this.settings = settings;
    }

    public TrackingItem act(ItemAction action) {
        TrackingItem after = db.inTransaction(h -> {
            TrackingItem item = items.lock(h, action.itemId())
                    .orElseThrow(() -> DomainException.notFound(TRACKING_ITEM_NOT_FOUND, action.itemId()));
            ActionDecision.Outcome outcome = ActionDecision.decide(item, action,
                    action.today().plus(settings.trackingDueAfter()));
            if (action.type() == ActionType.REOPEN) {
                items.live(h, item.kind(), item.reason(), item.officerId(), item.caseFileId()).ifPresent(other -> {
                    throw DomainException.conflict(ITEM_ALREADY_OPEN, other.itemId());
                });
            }
            TrackingItem stored = store(h, item, outcome, action.actor(), action.at(), action.note(), null);
            if (action.type() == ActionType.RESOLVE && item.kind() == TrackingKind.KEY_FILE) {
                personsFollow(h, item.officerId(), "resolved:" + item.itemId() + ":" + action.at(), action.at());
            }
            return stored;
        });
        outbox.flushSoon();
        return after;
    }

    /** A due timer fired: OVERDUE if the item is still open on that due date; returns whether it changed. */
    public boolean fireDue(Handle h, String itemId, LocalDate timerDueOn, Instant at) {
        Optional<TrackingItem> item = items.lock(h, itemId);
        if (item.isEmpty()) {
            return false;
        }
        Optional<ActionDecision.Outcome> outcome = ActionDecision.overdue(item.get(), timerDueOn);
        outcome.ifPresent(o -> store(h, item.get(), o, SYSTEM, at, null, null));
        return outcome.isPresent();
    }

    /**
     * The file closed with every round-one finding rectified: its key-file items resolve by themselves, and the
     * key person's items when none of his key-file items is left. {@code sourceEventId} makes it happen once
     * however often the event is applied (redelivery, rebuild).
     */
    public void fileRectified(Handle h, String caseFileId, String officerId, String sourceEventId, Instant at) {
        for (TrackingItem item : items.liveOfFile(h, caseFileId)) {
            resolveOnce(h, item, sourceEventId + ":" + item.itemId(), at, "案卷已整改完毕");
        }
        personsFollow(h, officerId, sourceEventId, at);
    }

    /** S1: a key person's item resolves when all his key-file items have. */
    private void personsFollow(Handle h, String officerId, String sourceKey, Instant at) {
        if (items.liveFileItemsOf(h, officerId) == 0) {
            for (TrackingItem person : items.livePersonItems(h, officerId)) {
                resolveOnce(h, person, sourceKey + ":" + person.itemId(), at, "重点案卷均已销号");
            }
        }
    }

    private void resolveOnce(Handle h, TrackingItem item, String sourceKey, Instant at, String note) {
        Optional<ActionDecision.Outcome> outcome = ActionDecision.resolveAutomatically(item, note);
        if (outcome.isEmpty()) {
            return;
        }
        // the history line with its source key is the once-only guard
        if (!items.history(h, item.itemId(), at, outcome.get().historyType(), SYSTEM, note, item.dueOn(), sourceKey)) {
            return;
        }
        apply(h, item, outcome.get(), SYSTEM, at);
    }

    private TrackingItem store(Handle h, TrackingItem item, ActionDecision.Outcome outcome, Actor actor, Instant at,
                               String note, String sourceKey) {
        items.history(h, item.itemId(), at, outcome.historyType(), actor, note, outcome.dueOn(), sourceKey);
        return apply(h, item, outcome, actor, at);
    }

    private TrackingItem apply(Handle h, TrackingItem item, ActionDecision.Outcome outcome, Actor actor, Instant at) {
        items.update(h, item.itemId(), outcome.state(), outcome.dueOn());
        if (outcome.schedule()) {
            timers.schedule(h, TimerKind.ITEM_DUE, item.itemId(), outcome.dueOn());
        }
        outcome.event().ifPresent(e -> outbox.add(h, item.itemId(), actor, at, e));
        return new TrackingItem(item.itemId(), item.kind(), item.reason(), item.officerId(), item.unitId(),
                item.caseFileId(), item.caseNumber(), item.period(), outcome.dueOn(), outcome.state());
    }
}
