package cn.kaoping.servers;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/** A PostgreSQL server we may create databases on: the embedded one, or an external one given by URL. */
public interface PostgresServer extends AutoCloseable {

    /** Database names and role names we accept: plain identifiers, so they can be quoted safely. */
    Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    /** JDBC URL of one database (not created by this call). */
    String jdbcUrl(String database);

    /** JDBC URL of the database used to create other databases (usually {@code postgres}). */
    String adminJdbcUrl();

    String username();

    String password();

    default Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), username(), password());
    }

    /** Creates the database unless it exists; safe when several processes race to create it. */
    default void createDatabase(String name) {
        createDatabase(name, null);
    }

    /** As {@link #createDatabase(String)}, owned by {@code owner} (a role that exists) when not null. */
    default void createDatabase(String name, String owner) {
        requireIdentifier(name);
        if (owner != null) {
            requireIdentifier(owner);
        }
        try (Connection c = DriverManager.getConnection(adminJdbcUrl(), username(), password())) {
            if (exists(c, "select 1 from pg_database where datname = ?", name)) {
                return;
            }
            try (Statement s = c.createStatement()) {
                s.execute("create database \"" + name + "\"" + (owner == null ? "" : " owner \"" + owner + "\""));
            } catch (SQLException e) {
                // 42P04 duplicate_database, 23505 unique_violation: another process created it meanwhile.
                if (!"42P04".equals(e.getSQLState()) && !"23505".equals(e.getSQLState())) {
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + " on " + adminJdbcUrl(), e);
        }
    }

    /** Creates a login role unless it exists (the local stack's services log in as {@code kaoping}). */
    default void createLoginRole(String role, String rolePassword) {
        requireIdentifier(role);
        try (Connection c = DriverManager.getConnection(adminJdbcUrl(), username(), password())) {
            if (exists(c, "select 1 from pg_roles where rolname = ?", role)) {
                return;
            }
            try (Statement s = c.createStatement()) {
                s.execute("create role \"" + role + "\" login password '" + rolePassword.replace("'", "''") + "'");
            } catch (SQLException e) {
                if (!"42710".equals(e.getSQLState()) && !"23505".equals(e.getSQLState())) {
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create role " + role + " on " + adminJdbcUrl(), e);
        }
    }

    @Override
    default void close() {
        // External servers are not ours to stop.
    }

    private static boolean exists(Connection c, String sql, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void requireIdentifier(String name) {
        if (name == null || !IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain lower-case identifier: " + name);
        }
    }
}
