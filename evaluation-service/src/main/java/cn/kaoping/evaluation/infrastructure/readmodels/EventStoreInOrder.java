package cn.kaoping.evaluation.infrastructure.readmodels;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
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
 * by Axon's own serializer, as the event store does). Read in batches by key, on the caller's transaction.
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
             where global_index > ?
             order by global_index
             limit ?""";

    private final DataSource dataSource;
    private final Serializer serializer;

    EventStoreInOrder(DataSource dataSource, Serializer serializer) {
        this.dataSource = dataSource;
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

    private List<TrackedEventData<?>> batchAfter(long globalIndex) throws SQLException {
        List<TrackedEventData<?>> batch = new ArrayList<>(BATCH);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(SELECT)) {
            select.setLong(1, globalIndex);
            select.setInt(2, BATCH);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    batch.add(new TrackedDomainEventData<>(new GlobalSequenceTrackingToken(row.getLong(1)),
                            new GenericDomainEventEntry<>(row.getString(2), row.getString(3), row.getLong(4),
                                    row.getString(5), row.getString(6), row.getString(7), row.getString(8),
                                    row.getBytes(9), row.getBytes(10))));
                }
            }
        }
        return batch;
    }
}
