package cn.kaoping.servers;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class InfrastructureTest {

    private final Infrastructure infra = Infrastructure.shared();

    @Test
    void givesADatabaseOfItsOwnAndABrokerAndKeysThatVerifyItsTokens() throws Exception {
        String url = infra.jdbcUrl("infrastructure_probe");

        try (Connection c = DriverManager.getConnection(url, infra.username(), infra.password())) {
            assertThat(EmbeddedPostgresServerTest.single(c, "select current_database()")).isEqualTo("infrastructure_probe");
        }
        assertThat(infra.bootstrapServers()).isNotBlank();
        String[] token = infra.tokens().mint("officer-1", "unit-1", "OFFICER").split("\\.");
        assertThat(TokenMinterTest.verifies(token, TokenMinterTest.publicKeyFromPemFile(infra.publicKeyPem()))).isTrue();
    }

    /** Quarkus loads each test application in a class loader of its own; all must share one set of servers. */
    @Test
    void anotherClassLoaderGetsTheSameServersNotASecondSet() throws Exception {
        assumeTrue(System.getenv("KAFKA_BOOTSTRAP_SERVERS") == null, "with external servers every loader gets the same ones anyway");
        assertThat(Infrastructure.class.getClassLoader()).isSameAs(ClassLoader.getSystemClassLoader());
        String servers = infra.bootstrapServers();
        String jdbc = infra.jdbcUrl("evaluation");

        try (URLClassLoader isolated = new URLClassLoader(testClasspath(), ClassLoader.getPlatformClassLoader())) {
            Class<?> foreign = isolated.loadClass(Infrastructure.class.getName());
            assertThat(foreign).isNotSameAs(Infrastructure.class);
            Object other = foreign.getMethod("shared").invoke(null);

            assertThat(foreign.getMethod("bootstrapServers").invoke(other)).isEqualTo(servers);
            assertThat(foreign.getMethod("jdbcUrl", String.class).invoke(other, "evaluation")).isEqualTo(jdbc);
            assertThat(foreign.getMethod("publicKeyPem").invoke(other)).isEqualTo(infra.publicKeyPem());
        }
    }

    @Test
    void kafkaCanBeTakenAwayAndBroughtBackOnTheSameAddress() throws Exception {
        assumeTrue(System.getenv("KAFKA_BOOTSTRAP_SERVERS") == null, "an external broker is not ours to stop");
        String servers = infra.bootstrapServers();

        infra.stopKafka();
        assertThat(FreePorts.isFree(Integer.parseInt(servers.substring(servers.indexOf(':') + 1)))).isTrue();
        infra.startKafka();

        assertThat(infra.bootstrapServers()).isEqualTo(servers);
        try (var admin = org.apache.kafka.clients.admin.Admin.create(Map.of("bootstrap.servers", servers))) {
            assertThat(admin.describeCluster().nodes().get()).hasSize(1);
        }
    }

    static URL[] testClasspath() throws Exception {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<URL> urls = new ArrayList<>();
        for (String entry : cp.split(File.pathSeparator)) {
            urls.add(Path.of(entry).toUri().toURL());
        }
        return urls.toArray(URL[]::new);
    }
}
