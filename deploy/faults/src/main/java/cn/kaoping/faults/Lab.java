package cn.kaoping.faults;

import cn.kaoping.bench.Bureau;
import cn.kaoping.bench.Http;
import cn.kaoping.launcher.EmbeddedStack;
import cn.kaoping.servers.TokenMinter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The running stack as the rules use it: base URLs, the databases (read only, to count what was stored), tokens, and
 * two stations with their people (bureau A and B, made through evaluation-service's API like the bench does), so
 * that "own unit" and "other unit" both exist.
 */
final class Lab {

    static final List<String> SERVICES = List.of("evaluation", "publicity", "training", "incentive", "supervision");
    /** The services that keep a projection of other services' events. */
    static final List<String> PROJECTIONS = List.of("publicity", "training", "incentive", "supervision");

    private final EmbeddedStack stack;
    private final Http http = new Http();
    private final Bureau a;
    private final Bureau b;
    private final String reviewerOfA;
    /** Resources a rule made that a later rule uses (R7's selection, allocation and case for R6). */
    private final java.util.Map<String, String> made = new java.util.concurrent.ConcurrentHashMap<>();

    Lab(EmbeddedStack stack) {
        this.stack = stack;
        TokenMinter tokens = stack.tokens();
        this.a = new Bureau(http, url("evaluation"), tokens).create(4);
        this.b = new Bureau(http, url("evaluation"), tokens).create(4);
        // A reviewer registered in station A itself: "never a file of a unit he belongs to".
        this.reviewerOfA = a.officer("RA" + Long.toHexString(System.nanoTime()), "本所考评员", a.stationId(), "REVIEWER");
    }

    void remember(String what, String id) {
        made.put(what, id);
    }

    /** What was remembered, or null. */
    String made(String what) {
        return made.get(what);
    }

    EmbeddedStack stack() {
        return stack;
    }

    Http http() {
        return http;
    }

    TokenMinter tokens() {
        return stack.tokens();
    }

    String url(String service) {
        return stack.baseUrl(service);
    }

    Bureau a() {
        return a;
    }

    Bureau b() {
        return b;
    }

    String admin() {
        return tokens().mint("faults-admin", null, "ADMIN");
    }

    /** The reviewer of the legal brigade of bureau A (not of station A). */
    String reviewer() {
        return a.reviewerToken();
    }

    String reviewerOfStationA() {
        return tokens().mint(reviewerOfA, a.stationId(), "REVIEWER");
    }

    String reviewerOfStationAId() {
        return reviewerOfA;
    }

    /** Leadership is not registered as an officer: taken by its token, with a unit of its own. */
    String leadership() {
        return tokens().mint("faults-leader", "bureau-leadership", "LEADERSHIP");
    }

    String officer(Bureau bureau, int i) {
        return tokens().mint(bureau.officerIds().get(i), bureau.stationId(), "OFFICER");
    }

    Connection db(String service) throws SQLException {
        String[] credentials = stack.databaseCredentials();
        return DriverManager.getConnection(stack.jdbcUrl(service), credentials[0], credentials[1]);
    }

    long count(String service, String sql) {
        try (Connection c = db(service); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(service + ": " + sql + ": " + e.getMessage(), e);
        }
    }

    /** Rows of a query, each as its columns' text. */
    List<String[]> rows(String service, String sql) {
        try (Connection c = db(service); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            List<String[]> rows = new ArrayList<>();
            while (rs.next()) {
                String[] row = new String[n];
                for (int i = 0; i < n; i++) {
                    row[i] = rs.getString(i + 1);
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(service + ": " + sql + ": " + e.getMessage(), e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
