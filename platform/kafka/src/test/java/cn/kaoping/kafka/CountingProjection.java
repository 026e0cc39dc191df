package cn.kaoping.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A projection that counts records per key and in total: a record missing or applied twice shows up as a
 * wrong count. Values are JSON {@code {"key":"k1","seq":3}}; {@code "reject":true} makes it refuse a record
 * after writing (so a leftover write would show). A hook runs after each record's writes, to simulate crashes.
 */
final class CountingProjection implements Projection {

    /** Runs before or after the writes of each record (see {@link #hookBeforeWrites()}). */
    interface Hook {
        void run(Connection tx, int call, ConsumerRecord<String, String> record) throws Exception;
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DataSource dataSource;
    private final String base;
    private final String counts;
    private final String total;
    private final Hook hook;
    private final AtomicInteger calls = new AtomicInteger();
    private boolean hookBeforeWrites;

    CountingProjection(DataSource dataSource, String name) {
        this(dataSource, name, (tx, call, record) -> { });
    }

    CountingProjection(DataSource dataSource, String name, Hook hook) {
        this.dataSource = dataSource;
        this.base = name;
        String table = name.toLowerCase().replaceAll("[^a-z0-9]", "_");
        this.counts = table + "_count";
        this.total = table + "_total";
        this.hook = hook;
        try (Connection connection = dataSource.getConnection(); Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE TABLE IF NOT EXISTS " + counts + " (key text PRIMARY KEY, n int NOT NULL)");
            ddl.execute("CREATE TABLE IF NOT EXISTS " + total + " (id int PRIMARY KEY, n bigint NOT NULL)");
            ddl.execute("INSERT INTO " + total + " VALUES (1, 0) ON CONFLICT DO NOTHING");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs the hook before the record's writes: a stalled consumer then holds no row lock. */
    CountingProjection hookBeforeWrites() {
        hookBeforeWrites = true;
        return this;
    }

    /** The same tables, another hook: what a restarted service would run. */
    CountingProjection withHook(Hook otherHook) {
        return new CountingProjection(dataSource, base, otherHook);
    }

    @Override
    public String name() {
        return "counting-" + base;
    }

    @Override
    public void apply(Connection tx, ConsumerRecord<String, String> record) throws Exception {
        if (hookBeforeWrites) {
            hook.run(tx, calls.incrementAndGet(), record);
        }
        JsonNode event = JSON.readTree(record.value());
        String key = event.get("key").asText();
        try (PreparedStatement upsert = tx.prepareStatement("INSERT INTO " + counts + " VALUES (?, 1) "
                + "ON CONFLICT (key) DO UPDATE SET n = " + counts + ".n + 1");
             PreparedStatement add = tx.prepareStatement("UPDATE " + total + " SET n = n + 1 WHERE id = 1")) {
            upsert.setString(1, key);
            upsert.executeUpdate();
            add.executeUpdate();
        }
        if (event.path("reject").asBoolean()) {
            throw new IllegalArgumentException("record " + key + " breaks a rule of the projection");
        }
        if (!hookBeforeWrites) {
            hook.run(tx, calls.incrementAndGet(), record);
        }
    }

    @Override
    public void clear(Connection tx) throws SQLException {
        try (Statement delete = tx.createStatement()) {
            delete.executeUpdate("DELETE FROM " + counts);
            delete.executeUpdate("UPDATE " + total + " SET n = 0");
        }
    }

    Map<String, Integer> counts() {
        Map<String, Integer> result = new TreeMap<>();
        try (Connection connection = dataSource.getConnection();
             Statement select = connection.createStatement();
             ResultSet rows = select.executeQuery("SELECT key, n FROM " + counts)) {
            while (rows.next()) {
                result.put(rows.getString(1), rows.getInt(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return result;
    }

    long total() {
        try (Connection connection = dataSource.getConnection();
             Statement select = connection.createStatement();
             ResultSet row = select.executeQuery("SELECT n FROM " + total + " WHERE id = 1")) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void execute(String sqlWithTable) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sqlWithTable.replace("{counts}", counts));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String event(String key, int seq) {
        return "{\"key\":\"" + key + "\",\"seq\":" + seq + "}";
    }
}
