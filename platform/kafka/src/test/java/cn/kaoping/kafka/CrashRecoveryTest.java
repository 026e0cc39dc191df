package cn.kaoping.kafka;

import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static cn.kaoping.kafka.Plumbing.await;
import static cn.kaoping.kafka.Plumbing.bootstrapServers;
import static cn.kaoping.kafka.Plumbing.createTopic;
import static cn.kaoping.kafka.Plumbing.publishEvents;
import static cn.kaoping.kafka.Plumbing.storedOffsetSum;
import static cn.kaoping.kafka.Plumbing.unique;
import static org.assertj.core.api.Assertions.assertThat;

class CrashRecoveryTest {

    private static final int RECORDS = 200;
    private static final int CRASH_AT = 75; // inside the second batch of at most 50

    private final DataSource dataSource = Plumbing.dataSource();

    /** What a JVM dying in the middle of a batch looks like from inside: an Error no one handles. */
    static final class SimulatedCrash extends Error {
        SimulatedCrash() {
            super("simulated crash in the middle of a batch");
        }
    }

    @Test
    void a_consumer_that_dies_in_the_middle_of_a_batch_applies_every_record_exactly_once_after_a_restart() {
        String topic = unique("crash");
        String consumer = unique("crashing-consumer");
        createTopic(topic, 2);
        Map<String, Integer> published;
        try (EventPublisher publisher = Plumbing.publisher()) {
            published = publishEvents(publisher, topic, 7, RECORDS);
        }
        ConsumerSettings settings = new ConsumerSettings(bootstrapServers(), consumer, List.of(topic), 50, Map.of());
        CountingProjection crashing = new CountingProjection(dataSource, consumer, (tx, call, record) -> {
            if (call == CRASH_AT) {
                throw new SimulatedCrash();
            }
        });

        try (ProjectionRunner first = new ProjectionRunner(settings, dataSource, crashing).start()) {
            await("the first consumer has died", Duration.ofSeconds(30), () -> !first.status().running());

            assertThat(first.isReady()).isFalse();
            assertThat(first.status().lastError()).contains("simulated crash");
        }
        long countedBeforeRestart = crashing.total();
        assertThat(countedBeforeRestart)
                .as("the batch in progress was rolled back: what is counted is exactly what is stored as consumed")
                .isEqualTo(storedOffsetSum(dataSource, consumer))
                .isLessThan(CRASH_AT);

        CountingProjection restarted = crashing.withHook((tx, call, record) -> { });
        try (ProjectionRunner second = new ProjectionRunner(settings, dataSource, restarted).start()) {
            await("every record is counted", Duration.ofSeconds(30), () -> restarted.total() >= RECORDS);
            Plumbing.staysAt(Duration.ofSeconds(1), restarted::total); // a duplicate would arrive now

            assertThat(restarted.total()).isEqualTo(RECORDS);
            assertThat(restarted.counts()).isEqualTo(published);
            assertThat(storedOffsetSum(dataSource, consumer)).isEqualTo(RECORDS);
        }
    }

    @Test
    void closing_a_consumer_in_the_middle_of_a_batch_rolls_it_back_and_the_next_one_applies_every_record_exactly_once()
            throws Exception {
        String topic = unique("close-mid-batch");
        String consumer = unique("closed-consumer");
        createTopic(topic, 2);
        Map<String, Integer> published;
        try (EventPublisher publisher = Plumbing.publisher()) {
            published = publishEvents(publisher, topic, 5, RECORDS);
        }
        ConsumerSettings settings = new ConsumerSettings(bootstrapServers(), consumer, List.of(topic), 50, Map.of());
        CountDownLatch midBatch = new CountDownLatch(1);
        CountDownLatch mayGoOn = new CountDownLatch(1);
        CountingProjection blocking = new CountingProjection(dataSource, consumer, (tx, call, record) -> {
            if (call == CRASH_AT) {
                midBatch.countDown();
                mayGoOn.await(20, TimeUnit.SECONDS);
            }
        });
        ProjectionRunner first = new ProjectionRunner(settings, dataSource, blocking).start();
        assertThat(midBatch.await(30, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Void> closing = CompletableFuture.runAsync(first::close);
        await("closing has begun", Duration.ofSeconds(5), () -> !first.status().running());
        mayGoOn.countDown();
        closing.get(30, TimeUnit.SECONDS);

        assertThat(blocking.total())
                .as("the batch in progress was rolled back: what is counted is exactly what is stored as consumed")
                .isEqualTo(storedOffsetSum(dataSource, consumer))
                .isLessThan(CRASH_AT);

        CountingProjection next = blocking.withHook((tx, call, record) -> { });
        try (ProjectionRunner second = new ProjectionRunner(settings, dataSource, next).start()) {
            await("every record is counted", Duration.ofSeconds(30), () -> next.total() >= RECORDS);
            Plumbing.staysAt(Duration.ofSeconds(1), next::total);

            assertThat(next.total()).isEqualTo(RECORDS);
            assertThat(next.counts()).isEqualTo(published);
        }
    }
}
