package cn.kaoping.supervision.tracking.opening;

import cn.kaoping.contracts.supervision.TrackingKind;
import cn.kaoping.runtime.db.Db;
import cn.kaoping.runtime.outbox.Outbox;
import cn.kaoping.supervision.timing.TimerKind;
import cn.kaoping.supervision.timing.Timers;
import cn.kaoping.supervision.tracking.TrackingItem;
import cn.kaoping.supervision.tracking.TrackingItems;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** Opens tracking items (S1): loads the live item of the subject and reason, decides, stores, publishes. */
@ApplicationScoped
public class ItemOpener {

    private final Db db;
    private final TrackingItems items;
    private final Timers timers;
    private final Outbox outbox;

    ItemOpener(Db db, TrackingItems items, Timers timers, Outbox outbox) {
        this.db = db;
        this.items = items;
        this.timers = timers;
        this.outbox = outbox;
    }

    /** The deterministic id of the item an opening key opens. */
    public static String itemIdFor(String openingKey) {
        return UUID.nameUUIDFromBytes(("tracking:" + openingKey).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /**
     * Opens an item from an event inside the caller's transaction (the projection's batch). A key seen before
     * (redelivery, a month re-published, a rebuild) opens nothing; returns the item only when it is new.
     */
    public Optional<TrackingItem> openAutomatically(Handle h, OpenItem command) {
        boolean seen = h.createQuery("SELECT count(*) FROM tracking_opening WHERE opening_key = :key")
                .bind("key", command.openingKey()).mapTo(Integer.class).one() > 0;
        if (seen) {
            return Optional.empty();
        }
        lockSubject(h, command);
        Optional<TrackingItem> live = items.live(h, command.kind(), command.reason(), command.officerId(),
                command.caseFileId());
        Optional<OpeningDecision.Opened> opened = OpeningDecision.decide(command, live);
        String itemId = opened.map(o -> o.item().itemId()).orElseGet(() -> live.orElseThrow().itemId());
        h.createUpdate("INSERT INTO tracking_opening (opening_key, item_id) VALUES (:key, :item)")
                .bind("key", command.openingKey()).bind("item", itemId).execute();
        opened.ifPresent(o -> store(h, command, o));
        return opened.map(OpeningDecision.Opened::item);
    }

    /** Opens an item by hand (a reviewer), in its own transaction. */
    public TrackingItem openByHand(OpenItem command) {
        TrackingItem item = db.inTransaction(h -> {
            lockSubject(h, command);
            OpeningDecision.Opened opened = OpeningDecision.decide(command,
                    items.live(h, command.kind(), command.reason(), command.officerId(), command.caseFileId()))
                    .orElseThrow();
            store(h, command, opened);
            return opened.item();
        });
        outbox.flushSoon();
        return item;
    }

    private void store(Handle h, OpenItem command, OpeningDecision.Opened opened) {
        TrackingItem item = opened.item();
        items.insert(h, item, command.at(), command.actor().id());
        items.history(h, item.itemId(), command.at(), "OPENED", command.actor(), command.note(), item.dueOn(), null);
        timers.schedule(h, TimerKind.ITEM_DUE, item.itemId(), item.dueOn());
        outbox.add(h, item.itemId(), command.actor(), command.at(), opened.event());
    }

    /** Serialises openings of one subject and reason (a reviewer's and the stream's at the same moment). */
    private static void lockSubject(Handle h, OpenItem command) {
        String subject = command.kind() == TrackingKind.KEY_PERSON ? command.officerId() : command.caseFileId();
        h.createQuery("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtext(:key))) AS locked")
                .bind("key", command.kind() + "|" + subject + "|" + command.reason())
                .mapTo(Integer.class).one();
    }
}
