package cn.kaoping.kafka;

import cn.kaoping.servers.Infrastructure;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static cn.kaoping.kafka.Plumbing.await;
import static cn.kaoping.kafka.Plumbing.bootstrapServers;
import static cn.kaoping.kafka.Plumbing.createTopic;
import static cn.kaoping.kafka.Plumbing.publishEvents;
import static cn.kaoping.kafka.Plumbing.sum;
import static cn.kaoping.kafka.Plumbing.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class OutageTest {

    private final DataSource dataSource = Plumbing.dataSource();

    @Test
    void a_runner_rides_out_a_kafka_outage_and_applies_what_is_published_after_it() {
        assumeTrue(System.getenv("KAFKA_BOOTSTRAP_SERVERS") == null,
                "needs the test kit's own broker, which it can kill and restart");
        String topic = unique("outage");
        String consumer = unique("patient-consumer");
        createTopic(topic, 2);
        CountingProjection projection = new CountingProjection(dataSource, consumer);
        Map<String, Integer> published;
        try (EventPublisher publisher = Plumbing.publisher()) {
            published = publishEvents(publisher, topic, 5, 50);
        }

        try (ProjectionRunner runner = new ProjectionRunner(
                new ConsumerSettings(bootstrapServers(), consumer, List.of(topic)), dataSource, projection).start()) {
            await("the first records are counted", Duration.ofSeconds(30),
                    () -> projection.total() == 50 && runner.isReady());

            Infrastructure.shared().killKafka();
            try {
                await("the runner is no longer ready", Duration.ofSeconds(15), () -> !runner.isReady());
                Plumbing.staysAt(Duration.ofMillis(500), runner::isReady);
                assertThat(runner.status().running()).as("still trying").isTrue();
            } finally {
                Infrastructure.shared().startKafka();
            }

            await("the runner is ready again", Duration.ofSeconds(60), runner::isReady);
            try (EventPublisher publisher = Plumbing.publisher()) {
                published = sum(published, publishEvents(publisher, topic, 5, 50));
            }
            await("the records published after the outage are counted", Duration.ofSeconds(60),
                    () -> projection.total() >= 100);
            Plumbing.staysAt(Duration.ofSeconds(1), projection::total);

            assertThat(projection.total()).isEqualTo(100);
            assertThat(projection.counts()).isEqualTo(published);
        }
    }

    @Test
    void a_runner_waits_out_a_database_outage_and_then_applies_every_record_exactly_once() {
        String topic = unique("db-outage");
        String consumer = unique("waiting-consumer");
        createTopic(topic, 2);
        CountingProjection projection = new CountingProjection(dataSource, consumer);
        // The runner's own data source: the real server, then a port where nothing answers, then the server again.
        PGSimpleDataSource switchable = (PGSimpleDataSource) Plumbing.dataSource();
        String realUrl = switchable.getURL();
        String deadUrl = "jdbc:postgresql://127.0.0.1:" + Plumbing.closedPort() + "/" + Plumbing.DATABASE;
        Map<String, Integer> published;

        try (EventPublisher publisher = Plumbing.publisher();
             ProjectionRunner runner = new ProjectionRunner(new ConsumerSettings(bootstrapServers(), consumer,
                     List.of(topic), 20, Map.of()), switchable, projection).start()) {
            published = publishEvents(publisher, topic, 5, 40);
            await("the first records are counted", Duration.ofSeconds(30), () -> projection.total() == 40);

            switchable.setURL(deadUrl);
            published = sum(published, publishEvents(publisher, topic, 5, 100));
            await("the runner has noticed", Duration.ofSeconds(15),
                    () -> String.valueOf(runner.status().lastError()).contains("Connection"));
            Plumbing.staysAt(Duration.ofSeconds(2), projection::total);
            assertThat(projection.total()).isEqualTo(40);
            assertThat(runner.status().running()).as("still trying").isTrue();

            switchable.setURL(realUrl);
            await("every record is counted", Duration.ofSeconds(30), () -> projection.total() >= 140);
            Plumbing.staysAt(Duration.ofSeconds(1), projection::total);

            assertThat(projection.total()).isEqualTo(140);
            assertThat(projection.counts()).isEqualTo(published);
            assertThat(Plumbing.storedOffsetSum(dataSource, consumer)).isEqualTo(140);
        }
    }

    @Test
    void a_database_failure_in_the_middle_of_a_batch_rolls_it_back_and_the_batch_is_applied_again_exactly_once() {
        String topic = unique("db-failure");
        String consumer = unique("retrying-consumer");
        createTopic(topic, 2);
        Map<String, Integer> published;
        try (EventPublisher publisher = Plumbing.publisher()) {
            published = publishEvents(publisher, topic, 7, 200);
        }
        AtomicBoolean connectionKilled = new AtomicBoolean();
        CountingProjection projection = new CountingProjection(dataSource, consumer, (tx, call, record) -> {
            if (call == 75 && connectionKilled.compareAndSet(false, true)) {
                try (Statement kill = tx.createStatement()) {
                    kill.execute("SELECT pg_terminate_backend(pg_backend_pid())"); // the server drops us
                }
            }
        });

        try (ProjectionRunner runner = new ProjectionRunner(new ConsumerSettings(bootstrapServers(), consumer,
                List.of(topic), 50, Map.of()), dataSource, projection).start()) {
            await("every record is counted", Duration.ofSeconds(30), () -> projection.total() >= 200);
            Plumbing.staysAt(Duration.ofSeconds(1), projection::total);

            assertThat(connectionKilled).isTrue();
            assertThat(runner.status().running()).isTrue();
            assertThat(projection.total()).isEqualTo(200);
            assertThat(projection.counts()).isEqualTo(published);
            assertThat(Plumbing.storedOffsetSum(dataSource, consumer)).isEqualTo(200);
        }
    }
}
