package cn.kaoping.kafka;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static cn.kaoping.kafka.Plumbing.await;
import static cn.kaoping.kafka.Plumbing.bootstrapServers;
import static cn.kaoping.kafka.Plumbing.createTopic;
import static cn.kaoping.kafka.Plumbing.publishEvents;
import static cn.kaoping.kafka.Plumbing.unique;
import static org.assertj.core.api.Assertions.assertThat;

class ReadinessAndLagTest {

    private final DataSource dataSource = Plumbing.dataSource();

    @Test
    void a_runner_is_ready_while_kafka_answers_and_not_after_it_is_closed() {
        String topic = unique("ready");
        String consumer = unique("ready-consumer");
        createTopic(topic, 1);
        ProjectionRunner runner = new ProjectionRunner(new ConsumerSettings(bootstrapServers(), consumer,
                List.of(topic)), dataSource, new CountingProjection(dataSource, consumer)).start();
        try {
            await("the runner is ready", Duration.ofSeconds(30), runner::isReady);
            await("the runner holds its partition", Duration.ofSeconds(30),
                    () -> !runner.status().assignment().isEmpty());
            assertThat(runner.status().kafkaReachable()).isTrue();
        } finally {
            runner.close();
        }

        assertThat(runner.isReady()).isFalse();
        assertThat(runner.status().running()).isFalse();
    }

    @Test
    void a_runner_is_not_ready_while_kafka_cannot_be_reached_and_keeps_trying() {
        String consumer = unique("unreachable-consumer");
        ProjectionRunner runner = new ProjectionRunner(new ConsumerSettings("127.0.0.1:" + Plumbing.closedPort(),
                consumer, List.of(unique("nowhere"))), dataSource, new CountingProjection(dataSource, consumer))
                .start();
        try {
            assertThat(runner.isReady()).isFalse();
            Plumbing.staysAt(Duration.ofSeconds(4), runner::isReady);
            assertThat(runner.status().running()).as("still trying").isTrue();
            assertThat(runner.status().kafkaReachable()).isFalse();
            assertThat(runner.status().lastError()).contains("Kafka unreachable");
        } finally {
            runner.close();
        }
    }

    @Test
    void the_lag_gauge_counts_the_records_not_yet_applied() throws Exception {
        String topic = unique("lag");
        String consumer = unique("lagging-consumer");
        createTopic(topic, 1);
        try (EventPublisher publisher = Plumbing.publisher()) {
            publishEvents(publisher, topic, 3, 30);
        }
        CountDownLatch secondBatch = new CountDownLatch(1);
        CountDownLatch mayGoOn = new CountDownLatch(1);
        CountingProjection projection = new CountingProjection(dataSource, consumer, (tx, call, record) -> {
            if (call == 11) {
                secondBatch.countDown();
                mayGoOn.await(20, TimeUnit.SECONDS);
            }
        });
        SimpleMeterRegistry metrics = new SimpleMeterRegistry();

        try (ProjectionRunner runner = new ProjectionRunner(new ConsumerSettings(bootstrapServers(), consumer,
                List.of(topic), 10, Map.of()), dataSource, projection, metrics).start()) {
            assertThat(secondBatch.await(30, TimeUnit.SECONDS)).isTrue();

            assertThat(lag(metrics, consumer)).as("after the first batch of 10").isEqualTo(20);
            assertThat(runner.status().lag()).isEqualTo(20);

            mayGoOn.countDown();
            await("all is applied", Duration.ofSeconds(30), () -> projection.total() == 30);
            await("the lag is zero", Duration.ofSeconds(10), () -> lag(metrics, consumer) == 0);
        }
    }

    private static double lag(SimpleMeterRegistry metrics, String consumer) {
        return metrics.get("kaoping.consumer.lag").tag("consumer", consumer).gauge().value();
    }
}
