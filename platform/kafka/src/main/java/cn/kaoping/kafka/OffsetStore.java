package cn.kaoping.kafka;

import org.apache.kafka.common.TopicPartition;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The offsets a consumer has applied, kept in the service's own database next to its projection: the table
 * {@code consumer_offset} is the truth about what was consumed, not Kafka's committed offsets.
 *
 * <p>The table is created by the platform's Flyway migrations ({@code classpath:db/kaoping-platform}), not by the
 * runner nor by a service's own migrations.
 */
final class OffsetStore {

    /** The platform's migrations (a Flyway location in this jar) create the table. */
    static final String MIGRATIONS = "db/kaoping-platform";

    private final String consumerName;

    OffsetStore(String consumerName) {
        this.consumerName = consumerName;
    }

    /** Fails clearly when the service's Flyway locations lack the platform's tables. */
    static void requireTable(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT to_regclass('consumer_offset') IS NOT NULL")) {
            if (!row.next() || !row.getBoolean(1)) {
                throw new IllegalStateException("Table consumer_offset is missing: add classpath:" + MIGRATIONS
                        + " to the service's Flyway locations (quarkus.flyway.locations)");
            }
        }
    }

    /** The next offset to read per partition, for those of the given partitions that have one stored. */
    Map<TopicPartition, Long> load(Connection tx, Collection<TopicPartition> partitions) throws SQLException {
        Map<TopicPartition, Long> stored = new HashMap<>();
        try (PreparedStatement select = tx.prepareStatement(
                "SELECT topic, partition_no, next_offset FROM consumer_offset WHERE consumer_name = ?")) {
            select.setString(1, consumerName);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    TopicPartition partition = new TopicPartition(rows.getString(1), rows.getInt(2));
                    if (partitions.contains(partition)) {
                        stored.put(partition, rows.getLong(3));
                    }
                }
            }
        }
        return stored;
    }

    /**
     * Moves a partition's offset from {@code expected} (what this consumer read from the table; empty when no
     * row was stored) to {@code next}. Returns false when the row no longer holds {@code expected}: another
     * consumer of the group took the partition over and advanced it (or a rebuild deleted it), so the batch
     * must not count. This compare-and-set makes the upsert safe even for a consumer that was thrown out of
     * the group while it was applying a batch.
     */
    boolean advance(Connection tx, TopicPartition partition, OptionalLong expected, long next) throws SQLException {
        if (expected.isPresent()) {
            try (PreparedStatement update = tx.prepareStatement("""
                    UPDATE consumer_offset SET next_offset = ?
                     WHERE consumer_name = ? AND topic = ? AND partition_no = ? AND next_offset = ?""")) {
                update.setLong(1, next);
                update.setString(2, consumerName);
                update.setString(3, partition.topic());
                update.setInt(4, partition.partition());
                update.setLong(5, expected.getAsLong());
                return update.executeUpdate() == 1;
            }
        }
        try (PreparedStatement insert = tx.prepareStatement("""
                INSERT INTO consumer_offset (consumer_name, topic, partition_no, next_offset)
                VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""")) {
            insert.setString(1, consumerName);
            insert.setString(2, partition.topic());
            insert.setInt(3, partition.partition());
            insert.setLong(4, next);
            return insert.executeUpdate() == 1;
        }
    }

    void deleteAll(Connection tx) throws SQLException {
        try (PreparedStatement delete = tx.prepareStatement("DELETE FROM consumer_offset WHERE consumer_name = ?")) {
            delete.setString(1, consumerName);
            delete.executeUpdate();
        }
    }
}
