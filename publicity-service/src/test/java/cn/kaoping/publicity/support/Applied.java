package cn.kaoping.publicity.support;

import cn.kaoping.contracts.EventEnvelope;
import cn.kaoping.runtime.db.Db;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.awaitility.Awaitility;

/** What the projection has applied, read from the kit's table {@code applied_event}. */
public final class Applied {

    public static final Duration WITHIN = Duration.ofSeconds(30);

    private Applied() {
    }

    public static long count(Db db, List<String> eventIds) {
        return db.withHandle(h -> h.createQuery("SELECT count(*) FROM applied_event WHERE event_id = ANY (:ids)")
                .bindArray("ids", String.class, eventIds).mapTo(Long.class).one());
    }

    /** Waits until every envelope was applied by the projection (events reach it through Kafka, in its own time). */
    public static void await(Db db, EventEnvelope... envelopes) {
        awaitIds(db, Arrays.stream(envelopes).map(EventEnvelope::id).toList());
    }

    public static void awaitIds(Db db, List<String> ids) {
        Awaitility.await("projection applied " + ids.size() + " events").atMost(WITHIN)
                .until(() -> count(db, ids) == ids.size());
    }
}
