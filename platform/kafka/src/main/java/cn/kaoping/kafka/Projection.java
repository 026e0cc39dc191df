package cn.kaoping.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A read model kept in the service's own tables and fed by a {@link ProjectionRunner}.
 *
 * <p>{@link #apply} runs inside the runner's transaction (do not commit, roll back or close {@code tx}); what
 * it writes becomes visible together with the stored offset, so each record counts exactly once. An exception
 * rejects only this record (its writes are undone through a savepoint) and sends it to the dead-letter topic;
 * connection or serialization failures (SQL state classes 08, 40, 53, 57, 58) are taken as transient instead, and the
 * whole batch is retried.
 */
public interface Projection {

    /** Name for logs (the consumer name in {@link ConsumerSettings} identifies offsets and the group). */
    String name();

    void apply(Connection tx, ConsumerRecord<String, String> record) throws Exception;

    /** Deletes everything the projection holds, before a rebuild replays the topics from the start. */
    void clear(Connection tx) throws SQLException;
}
