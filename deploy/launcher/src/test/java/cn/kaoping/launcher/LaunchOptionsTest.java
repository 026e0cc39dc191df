package cn.kaoping.launcher;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LaunchOptionsTest {

    private final Path repo = Path.of("/work/repo");

    @Test
    void defaultsRunEverythingOnTheDocumentedPortsWithDataInTheRepository() {
        LaunchOptions o = LaunchOptions.parse(new String[0], repo);

        assertThat(o.dataDirectory()).isEqualTo(repo.resolve(".kaoping-data"));
        assertThat(o.withServices()).isTrue();
        assertThat(o.services()).extracting(Service::module).containsExactly(
                "evaluation-service", "publicity-service", "training-service", "incentive-service", "supervision-service");
        assertThat(o.services()).extracting(s -> s.port(o.basePort())).containsExactly(8081, 8082, 8083, 8084, 8085);
        assertThat(o.kafkaPort()).isEqualTo(9092);
        assertThat(o.pgPort()).isEqualTo(5432);
        assertThat(o.readyTimeout()).isEqualTo(Duration.ofSeconds(120));
        assertThat(o.wipe()).isFalse();
    }

    @Test
    void everyFlagIsHonoured() {
        LaunchOptions o = LaunchOptions.parse(new String[] {"--data", "/var/kp", "--wipe", "--services", "publicity,evaluation-service",
                "--base-port", "9081", "--kafka-port", "19092", "--pg-port", "15432", "--ready-timeout", "30"}, repo);

        assertThat(o.dataDirectory()).isEqualTo(Path.of("/var/kp"));
        assertThat(o.wipe()).isTrue();
        assertThat(o.services()).extracting(Service::name).containsExactly("publicity", "evaluation");
        assertThat(o.services()).extracting(s -> s.port(o.basePort())).containsExactly(9082, 9081);
        assertThat(o.kafkaPort()).isEqualTo(19092);
        assertThat(o.pgPort()).isEqualTo(15432);
        assertThat(o.readyTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(LaunchOptions.parse(new String[] {"--no-services"}, repo).withServices()).isFalse();
    }

    @Test
    void mistakesAreNamed() {
        assertThatThrownBy(() -> LaunchOptions.parse(new String[] {"--colour"}, repo)).hasMessage("unknown option --colour");
        assertThatThrownBy(() -> LaunchOptions.parse(new String[] {"--pg-port"}, repo)).hasMessage("--pg-port needs a value");
        assertThatThrownBy(() -> LaunchOptions.parse(new String[] {"--services", "billing"}, repo)).hasMessageContaining("no service named billing");
        assertThatThrownBy(() -> LaunchOptions.parse(new String[] {"--kafka-port", "70000"}, repo)).hasMessageContaining("must be a TCP port");
    }

    @Test
    void eachServiceHasItsTopicDatabaseAndJar() {
        Service publicity = Service.named("publicity");

        assertThat(publicity.topic()).isEqualTo("kaoping.publicity.events.v1");
        assertThat(publicity.database()).isEqualTo("publicity");
        assertThat(publicity.runnableJar(repo)).isEqualTo(repo.resolve("publicity-service/target/quarkus-app/quarkus-run.jar"));
    }
}
