package cn.kaoping.evaluation.infrastructure.readmodels;

import cn.kaoping.runtime.db.Db;
import java.util.List;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.NoOpEventUpcaster;

/**
 * Every event of the store, in the order of {@code global_index}, as Axon's domain event messages (deserialized
 * by Axon's own serializer, as the event store does). Read in batches by key, on {@link Db} handles of the caller's
 * transaction.
 *
 * <p>Not Axon's tracking stream: that one follows a growing store (gap tracking, a producer thread of its own,
 * outside this transaction); a replay wants exactly the rows there are, on its own transaction's connection.
 */
final class EventStoreInOrder {

    /** What one replayed event is handed to. */
    @FunctionalInterface
    interface Replay {
        void accept(TrackedEventMessage<?> event) throws Exception;
    }

    private static final int BATCH = 500;
    private static final String SELECT = """
            select global_index, type, aggregate_identifier, sequence_number, event_identifier, timestamp,
                   payload_type, payload_revision, payload, meta_data
              from domain_event_entry
             where global_index > :after
             order by global_index
             limit :batch""";

    private final Db db;
    private final Serializer serializer;

    EventStoreInOrder(Db db, Serializer serializer) {
        this.db = db;
        this.serializer = serializer;
    }

    /** Hands every event to the replay, oldest first; the number of events. */
    long replay(Replay replay) throws Exception {
        long count = 0;
        long after = -1;
        List<TrackedEventData<?>> batch;
        do {
            batch = batchAfter(after);
            List<TrackedEventMessage<?>> events = EventUtils.upcastAndDeserializeTrackedEvents(batch.stream(),
                    serializer, NoOpEventUpcaster.INSTANCE).toList();
            for (TrackedEventMessage<?> event : events) {
                replay.accept(event);
                count++;
            }
            if (!batch.isEmpty()) {
                after = ((GlobalSequenceTrackingToken) batch.get(batch.size() - 1).trackingToken()).getGlobalIndex();
            }
        } while (batch.size() == BATCH);
        return count;
    }

    private List<TrackedEventData<?>> batchAfter(long globalIndex) {
        return db.withHandle(handle -> handle.createQuery(SELECT)
                .bind("after", globalIndex)
                .bind("batch", BATCH)
                .<TrackedEventData<?>>map((row, context) -> new TrackedDomainEventData<>(
                        new GlobalSequenceTrackingToken(row.getLong("global_index")),
                        new GenericDomainEventEntry<>(row.getString("type"), row.getString("aggregate_identifier"),
                                row.getLong("sequence_number"), row.getString("event_identifier"),
                                row.getString("timestamp"), row.getString("payload_type"),
                                row.getString("payload_revision"), row.getBytes("payload"),
                                row.getBytes("meta_data"))))
                .list());
    }
}
