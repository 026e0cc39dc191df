package cn.kaoping.kafka;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
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
import static cn.kaoping.kafka.Plumbing.sum;
import static cn.kaoping.kafka.Plumbing.unique;
import static org.assertj.core.api.Assertions.assertThat;

class RebalanceTest {

    /** Quick rebalances: members learn about a new or departed member within a few hundred milliseconds. */
    private static final Map<String, String> QUICK_GROUP = Map.of(
            "heartbeat.interval.ms", "300",
            "session.timeout.ms", "6000");

    private final DataSource dataSource = Plumbing.dataSource();

    @Test
    void two_consumers_of_one_group_count_every_record_once_while_the_second_joins_and_the_first_leaves() {
        String topic = unique("rebalance");
        String consumer = unique("grouped-consumer");
        createTopic(topic, 4);
        ConsumerSettings settings = new ConsumerSettings(bootstrapServers(), consumer, List.of(topic), 50, QUICK_GROUP);
        // Slow enough that the group changes while batches are being applied.
        CountingProjection projection = new CountingProjection(dataSource, consumer,
                (tx, call, record) -> Thread.sleep(1));
        MeterRegistry firstMetrics = new SimpleMeterRegistry();
        MeterRegistry secondMetrics = new SimpleMeterRegistry();

        try (EventPublisher publisher = Plumbing.publisher();
             ProjectionRunner first = new ProjectionRunner(settings, dataSource, projection, firstMetrics);
             ProjectionRunner second = new ProjectionRunner(settings, dataSource, projection, secondMetrics)) {
            first.start();
            Counter appliedByFirst = applied(firstMetrics, consumer);
            Map<String, Integer> published = publishEvents(publisher, topic, 20, 600);
            await("the first consumer is under way", Duration.ofSeconds(30), () -> projection.total() >= 100);

            second.start(); // while the first is in the middle of the stream, which goes on
            published = sum(published, publishEvents(publisher, topic, 20, 600));
            await("the second consumer has taken partitions over", Duration.ofSeconds(30),
                    () -> !second.status().assignment().isEmpty() && first.status().assignment().size() < 4);
            await("the stream goes on after the rebalance", Duration.ofSeconds(30), () -> projection.total() >= 900);

            first.close(); // leaves the group
            await("the second consumer holds every partition", Duration.ofSeconds(30),
                    () -> second.status().assignment().size() == 4);
            published = sum(published, publishEvents(publisher, topic, 20, 600));
            await("every record is counted", Duration.ofSeconds(60), () -> projection.total() >= 1800);
            Plumbing.staysAt(Duration.ofSeconds(1), projection::total); // a duplicate would arrive now

            assertThat(projection.total()).isEqualTo(1800);
            assertThat(projection.counts()).isEqualTo(published);
            assertThat(appliedByFirst.count() + applied(secondMetrics, consumer).count()).isEqualTo(1800);
            assertThat(appliedByFirst.count()).isPositive();
            assertThat(applied(secondMetrics, consumer).count()).isPositive();
            assertThat(Plumbing.storedOffsetSum(dataSource, consumer)).isEqualTo(1800);
        }
    }

    @Test
    void a_consumer_that_lost_its_partitions_while_applying_a_batch_does_not_commit_it() throws Exception {
        String topic = unique("zombie");
        String consumer = unique("zombie-consumer");
        createTopic(topic, 2);
        Map<String, Integer> published;
        try (EventPublisher publisher = Plumbing.publisher()) {
            published = publishEvents(publisher, topic, 10, 100);
        }
        // The group throws a member out when it has not polled for 2 s.
        Map<String, String> impatientGroup = Map.of(
                "heartbeat.interval.ms", "300", "session.timeout.ms", "6000", "max.poll.interval.ms", "2000");
        ConsumerSettings settings = new ConsumerSettings(bootstrapServers(), consumer, List.of(topic), 50,
                impatientGroup);
        CountDownLatch stuck = new CountDownLatch(1);
        CountDownLatch mayGoOn = new CountDownLatch(1);
        CountingProjection stalling = new CountingProjection(dataSource, consumer, (tx, call, record) -> {
            if (call == 1) {
                stuck.countDown();
                mayGoOn.await(30, TimeUnit.SECONDS);
            }
        }).hookBeforeWrites();
        CountingProjection healthy = stalling.withHook((tx, call, record) -> { });
        MeterRegistry zombieMetrics = new SimpleMeterRegistry();

        try (ProjectionRunner zombie = new ProjectionRunner(settings, dataSource, stalling, zombieMetrics).start()) {
            assertThat(stuck.await(30, TimeUnit.SECONDS)).isTrue();
            try (ProjectionRunner successor = new ProjectionRunner(settings, dataSource, healthy).start()) {
                await("the successor has counted every record", Duration.ofSeconds(30),
                        () -> healthy.total() >= 100);

                mayGoOn.countDown();
                await("the stalled consumer has found its batch outdated", Duration.ofSeconds(30),
                        () -> String.valueOf(zombie.status().lastError()).contains("no longer"));
                await("the stalled consumer is back in the group", Duration.ofSeconds(30),
                        () -> !zombie.status().assignment().isEmpty());
                Plumbing.staysAt(Duration.ofSeconds(1), healthy::total);

                assertThat(healthy.total()).isEqualTo(100);
                assertThat(healthy.counts()).isEqualTo(published);
                assertThat(applied(zombieMetrics, consumer).count()).isZero();
            }
        }
    }

    private static Counter applied(MeterRegistry metrics, String consumer) {
        return metrics.get("kaoping.consumer.applied").tag("consumer", consumer).counter();
    }
}
