package cn.kaoping.servers;

import java.net.URI;

/**
 * A PostgreSQL server we do not run, given by a JDBC URL of any of its databases, e.g.
 * {@code jdbc:postgresql://db.example:5432/postgres?sslmode=require}. Other databases get the same host,
 * port and parameters.
 */
public final class ExternalPostgres implements PostgresServer {

    private final String prefix;
    private final String adminDatabase;
    private final String query;
    private final String username;
    private final String password;

    public ExternalPostgres(String jdbcUrl, String username, String password) {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("expected jdbc:postgresql://host:port/database, got " + jdbcUrl);
        }
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        String path = uri.getRawPath() == null || uri.getRawPath().length() <= 1 ? "/postgres" : uri.getRawPath();
        this.prefix = "jdbc:postgresql://" + uri.getRawAuthority() + "/";
        this.adminDatabase = path.substring(1);
        this.query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        this.username = username;
        this.password = password;
    }

    /** From env {@code KAOPING_JDBC_URL}, {@code KAOPING_JDBC_USER}, {@code KAOPING_JDBC_PASSWORD}; null when unset. */
    public static ExternalPostgres fromEnvironment() {
        String url = System.getenv("KAOPING_JDBC_URL");
        if (url == null || url.isBlank()) {
            return null;
        }
        return new ExternalPostgres(url.trim(), envOr("KAOPING_JDBC_USER", "postgres"), envOr("KAOPING_JDBC_PASSWORD", ""));
    }

    private static String envOr(String name, String fallback) {
        String v = System.getenv(name);
        return v == null ? fallback : v;
    }

    @Override
    public String jdbcUrl(String database) {
        return prefix + database + query;
    }

    @Override
    public String adminJdbcUrl() {
        return jdbcUrl(adminDatabase);
    }

    @Override
    public String username() {
        return username;
    }

    @Override
    public String password() {
        return password;
    }

    @Override
    public String toString() {
        return "external PostgreSQL " + adminJdbcUrl();
    }
}
