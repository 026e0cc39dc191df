package cn.kaoping.launcher;

import cn.kaoping.servers.FreePorts;
import cn.kaoping.servers.Processes;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The local stack without services (their jars are other modules' business): servers, databases, topics, keys. */
class LocalStackTest {

    @Test
    void preparesDatabasesTopicsAndKeysAndKeepsDataAcrossRestarts(@TempDir Path data) throws Exception {
        String[] args = {"--no-services", "--data", data.toString(),
                "--pg-port", Integer.toString(FreePorts.pick()), "--kafka-port", Integer.toString(FreePorts.pick())};
        LaunchOptions options = LaunchOptions.parse(args, Path.of(""));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        String publicKey;
        long postmaster;
        long broker;

        try (LocalStack stack = new LocalStack(options, new DataFolder(data), out)) {
            stack.start();

            for (Service s : Service.ALL) {
                try (Connection c = DriverManager.getConnection(stack.postgres().jdbcUrl(s.database()), "kaoping", "kaoping")) {
                    assertThat(single(c, "select datdba::regrole::text from pg_database where datname = current_database()")).isEqualTo("kaoping");
                }
            }
            try (Connection c = DriverManager.getConnection(stack.postgres().jdbcUrl("evaluation"), "kaoping", "kaoping");
                 Statement st = c.createStatement()) {
                st.execute("create table case_file (id text primary key)");
                st.execute("insert into case_file values ('CF-2026-0001')");
            }
            try (Admin admin = stack.kafka().admin()) {
                List<String> topics = Service.ALL.stream().map(Service::topic).toList();
                Map<String, TopicDescription> described = admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS);
                assertThat(described.values()).allSatisfy(t -> assertThat(t.partitions()).hasSize(3));
                var config = admin.describeConfigs(List.of(new ConfigResource(ConfigResource.Type.TOPIC, topics.get(0))))
                        .all().get(30, TimeUnit.SECONDS).values().iterator().next();
                assertThat(config.get("retention.ms").value()).as("events are replayed from the start: never deleted").isEqualTo("-1");
            }
            publicKey = Files.readString(stack.keys().publicKeyPem());
            assertThat(stack.keys().publicKeyPem()).isEqualTo(data.resolve("keys/jwt-public.pem"));
            postmaster = ((cn.kaoping.servers.EmbeddedPostgresServer) stack.postgres()).postmasterPid();
            broker = stack.kafka().pid();
            stack.printSummary(Duration.ofSeconds(1));
            assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Kaoping is ready", "deploy/mint-token.sh --data " + data);
        }

        assertThat(Processes.awaitExit(postmaster, Duration.ofSeconds(10))).isTrue();
        assertThat(Processes.awaitExit(broker, Duration.ofSeconds(10))).isTrue();
        assertThat(data.resolve("logs/postgres.log")).exists();
        assertThat(data.resolve("logs/kafka.log")).exists();

        try (LocalStack again = new LocalStack(options, new DataFolder(data), out)) {
            again.start();
            try (Connection c = DriverManager.getConnection(again.postgres().jdbcUrl("evaluation"), "kaoping", "kaoping")) {
                assertThat(single(c, "select id from case_file")).isEqualTo("CF-2026-0001");
            }
            assertThat(Files.readString(again.keys().publicKeyPem())).as("the key pair is made once").isEqualTo(publicKey);
        }
    }

    private static String single(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }

    /** Issue #11: the launcher supervises its children; one that dies is started again with backoff, and told. */
    @Test
    void postgresAndKafkaThatDieAreStartedAgainByThemselves(@TempDir Path data) throws Exception {
        String[] args = {"--no-services", "--data", data.toString(),
                "--pg-port", Integer.toString(FreePorts.pick()), "--kafka-port", Integer.toString(FreePorts.pick())};
        LaunchOptions options = LaunchOptions.parse(args, Path.of(""));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

        try (LocalStack stack = new LocalStack(options, new DataFolder(data), out)) {
            stack.start();
            try (Connection c = DriverManager.getConnection(stack.postgres().jdbcUrl("evaluation"), "kaoping", "kaoping");
                 Statement st = c.createStatement()) {
                st.execute("create table kept (id text primary key)");
                st.execute("insert into kept values ('before the crash')");
            }
            long postmaster = ((cn.kaoping.servers.EmbeddedPostgresServer) stack.postgres()).postmasterPid();
            long broker = stack.kafka().pid();

            ProcessHandle.of(postmaster).ifPresent(ProcessHandle::destroyForcibly);
            ProcessHandle.of(broker).ifPresent(ProcessHandle::destroyForcibly);
            org.awaitility.Awaitility.await("both are back").atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        stack.superviseOnce();
                        return stack.kafka().isRunning() && postgresAnswers(stack);
                    });

            try (Connection c = DriverManager.getConnection(stack.postgres().jdbcUrl("evaluation"), "kaoping", "kaoping")) {
                assertThat(single(c, "select id from kept")).isEqualTo("before the crash");
            }
            assertThat(((cn.kaoping.servers.EmbeddedPostgresServer) stack.postgres()).postmasterPid()).isNotEqualTo(postmaster);
            assertThat(stack.kafka().pid()).isNotEqualTo(broker);
            assertThat(printed.toString(StandardCharsets.UTF_8))
                    .contains("!! postgres exited; starting it again", "postgres started again",
                            "!! kafka exited; starting it again", "kafka started again");
        }
    }

    private static boolean postgresAnswers(LocalStack stack) {
        try (Connection c = DriverManager.getConnection(stack.postgres().jdbcUrl("evaluation"), "kaoping", "kaoping")) {
            return c.isValid(2);
        } catch (java.sql.SQLException e) {
            return false;
        }
    }
}
