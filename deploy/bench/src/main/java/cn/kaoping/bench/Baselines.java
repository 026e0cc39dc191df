package cn.kaoping.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;

/**
 * What the same PostgreSQL does without the services in between, at the same concurrency and for the same time:
 * single-row INSERTs (each its own transaction), and the "hand limit" of a review (the rows one review writes:
 * its event in the event store, the file's read-model row, its card, three findings, a history line and the
 * rectification deadline, written by hand with JDBC in one transaction).
 */
final class Baselines {

    private final String jdbcUrl;
    private final String user;
    private final String password;

    Baselines(String jdbcUrl, String user, String password) throws SQLException {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS bench_insert (id uuid PRIMARY KEY, at timestamptz NOT NULL DEFAULT now(), payload text)");
            st.execute("CREATE TABLE IF NOT EXISTS bench_event (global_index bigserial PRIMARY KEY, aggregate_id text NOT NULL, "
                    + "seq bigint NOT NULL, type text NOT NULL, payload jsonb NOT NULL, UNIQUE (aggregate_id, seq))");
            st.execute("CREATE TABLE IF NOT EXISTS bench_file (id text PRIMARY KEY, state text, score numeric, grade text, updated_at timestamptz)");
            st.execute("CREATE TABLE IF NOT EXISTS bench_card (file_id text, round int, total numeric, PRIMARY KEY (file_id, round))");
            st.execute("CREATE TABLE IF NOT EXISTS bench_finding (file_id text, finding_id text, item text, points numeric, note text, PRIMARY KEY (file_id, finding_id))");
            st.execute("CREATE TABLE IF NOT EXISTS bench_history (id bigserial PRIMARY KEY, file_id text, summary text, at timestamptz DEFAULT now())");
            st.execute("CREATE TABLE IF NOT EXISTS bench_deadline (file_id text, kind text, due_on date, PRIMARY KEY (file_id, kind))");
        }
    }

    /** Each client's connection, closed after its run (the services' pools share the server's connection limit). */
    private final java.util.Queue<Connection> opened = new java.util.concurrent.ConcurrentLinkedQueue<>();

    Load.Result singleRowInserts(int clients, Duration duration) throws Exception {
        ThreadLocal<Connection> connections = ThreadLocal.withInitial(this::connectUnchecked);
        return closingAfter(Load.closedLoop(clients, duration, () -> {
            try (PreparedStatement insert = connections.get().prepareStatement(
                    "INSERT INTO bench_insert (id, payload) VALUES (?, ?)")) {
                insert.setObject(1, UUID.randomUUID());
                insert.setString(2, "x");
                return insert.executeUpdate() == 1;
            }
        }));
    }

    Load.Result handWrittenReviews(int clients, Duration duration) throws Exception {
        ThreadLocal<Connection> connections = ThreadLocal.withInitial(() -> {
            Connection c = connectUnchecked();
            try {
                c.setAutoCommit(false);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return c;
        });
        String event = "{\"caseFileId\":\"%s\",\"round\":1,\"card\":{\"findings\":[{\"itemCode\":\"EV02\",\"points\":2},"
                + "{\"itemCode\":\"DO01\",\"points\":2},{\"itemCode\":\"FI01\",\"points\":1}],\"totalDeduction\":5,\"score\":95}}";
        return closingAfter(Load.closedLoop(clients, duration, () -> {
            Connection c = connections.get();
            String file = UUID.randomUUID().toString();
            try {
                try (PreparedStatement e = c.prepareStatement(
                        "INSERT INTO bench_event (aggregate_id, seq, type, payload) VALUES (?, 3, 'CaseFileReviewed', cast(? as jsonb))")) {
                    e.setString(1, file);
                    e.setString(2, event.formatted(file));
                    e.executeUpdate();
                }
                try (PreparedStatement f = c.prepareStatement("INSERT INTO bench_file (id, state, score, grade, updated_at) "
                        + "VALUES (?, 'RECTIFYING', 95, 'EXCELLENT', now()) ON CONFLICT (id) DO UPDATE SET score = EXCLUDED.score")) {
                    f.setString(1, file);
                    f.executeUpdate();
                }
                try (PreparedStatement card = c.prepareStatement("INSERT INTO bench_card VALUES (?, 1, 5)")) {
                    card.setString(1, file);
                    card.executeUpdate();
                }
                try (PreparedStatement finding = c.prepareStatement("INSERT INTO bench_finding VALUES (?, ?, ?, 1, 'note')")) {
                    for (String item : new String[] {"EV02", "DO01", "FI01"}) {
                        finding.setString(1, file);
                        finding.setString(2, "R1-" + item);
                        finding.setString(3, item);
                        finding.addBatch();
                    }
                    finding.executeBatch();
                }
                try (PreparedStatement history = c.prepareStatement("INSERT INTO bench_history (file_id, summary) VALUES (?, '第一次考评')")) {
                    history.setString(1, file);
                    history.executeUpdate();
                }
                try (PreparedStatement deadline = c.prepareStatement("INSERT INTO bench_deadline VALUES (?, 'RECTIFICATION', current_date + 30)")) {
                    deadline.setString(1, file);
                    deadline.executeUpdate();
                }
                c.commit();
                return true;
            } catch (SQLException e) {
                c.rollback();
                return false;
            }
        }));
    }

    private Load.Result closingAfter(Load.Result result) {
        for (Connection c; (c = opened.poll()) != null; ) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing only
            }
        }
        return result;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, user, password);
    }

    private Connection connectUnchecked() {
        try {
            Connection c = connect();
            opened.add(c);
            return c;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
