package cn.kaoping.publicity.support;

import cn.kaoping.contracts.EventEnvelope;
import cn.kaoping.publicity.db.Database;
import cn.kaoping.publicity.db.Sql;
import java.util.Arrays;
import java.util.List;

/** What the projection has applied, read from its own table {@code applied_event}. */
public final class Applied {

    private Applied() {
    }

    public static long count(Database database, List<String> eventIds) {
        return database.inTransaction(c -> Sql.one(c,
                "SELECT count(*) FROM applied_event WHERE event_id = ANY (?::text[])", row -> row.getLong(1), eventIds)
                .orElse(0L));
    }

    /** Waits until every envelope was applied by the projection. */
    public static void await(Database database, EventEnvelope... envelopes) {
        List<String> ids = Arrays.stream(envelopes).map(EventEnvelope::id).toList();
        Await.until("projection applied " + ids.size() + " events", () -> count(database, ids) == ids.size());
    }

    public static void awaitIds(Database database, List<String> ids) {
        Await.until("projection applied " + ids.size() + " events", () -> count(database, ids) == ids.size());
    }
}
