package cn.kaoping.servers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedPostgresServerTest {

    @Test
    void answersSqlOnRealPostgresql17AndCreatesDatabasesOnce() throws SQLException {
        try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.builder().start()) {
            pg.createDatabase("publicity");
            pg.createDatabase("publicity"); // idempotent

            try (Connection c = pg.connect("publicity")) {
                assertThat(single(c, "show server_version")).startsWith("17.");
                assertThat(single(c, "select current_database()")).isEqualTo("publicity");
            }
            try (Connection c = pg.connect("postgres")) {
                assertThat(single(c, "select count(*) from pg_database where datname = 'publicity'")).isEqualTo("1");
            }
            assertThat(pg.jdbcUrl("publicity")).isEqualTo("jdbc:postgresql://localhost:" + pg.port() + "/publicity");
        }
    }

    @Test
    void keepsDataInAGivenDirectoryAcrossRestartsOnTheSamePort(@TempDir Path data) throws SQLException {
        int port = FreePorts.pick();
        try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.builder().dataDirectory(data).port(port).durable(true).start()) {
            pg.createLoginRole("kaoping", "kaoping");
            pg.createDatabase("evaluation", "kaoping");
            try (Connection c = java.sql.DriverManager.getConnection(pg.jdbcUrl("evaluation"), "kaoping", "kaoping");
                 Statement s = c.createStatement()) {
                assertThat(single(c, "show fsync")).isEqualTo("on");
                s.execute("create table case_file (id text primary key)");
                s.execute("insert into case_file values ('CF-1')");
            }
        }
        try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.builder().dataDirectory(data).port(port).start()) {
            pg.createLoginRole("kaoping", "kaoping"); // idempotent
            try (Connection c = java.sql.DriverManager.getConnection(pg.jdbcUrl("evaluation"), "kaoping", "kaoping")) {
                assertThat(single(c, "select id from case_file")).isEqualTo("CF-1");
                assertThat(single(c, "select datdba::regrole::text from pg_database where datname = 'evaluation'")).isEqualTo("kaoping");
            }
        }
    }

    @Test
    void stopsThePostmasterAndDeletesATemporaryDataDirectory() {
        EmbeddedPostgresServer pg = EmbeddedPostgresServer.builder().start();
        long pid = pg.postmasterPid();
        Path data = pg.dataDirectory();
        assertThat(Processes.isRunning(pid)).isTrue();

        pg.close();

        assertThat(Processes.isRunning(pid)).isFalse();
        assertThat(data).doesNotExist();
    }

    static String single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }
}
