package cn.kaoping.kafka;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import static cn.kaoping.kafka.Plumbing.bootstrapServers;
import static cn.kaoping.kafka.Plumbing.createTopic;
import static cn.kaoping.kafka.Plumbing.readTopic;
import static cn.kaoping.kafka.Plumbing.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventPublisherTest {

    @Test
    void records_with_the_same_key_arrive_in_the_order_they_were_published() {
        String topic = unique("publisher-order");
        createTopic(topic, 3);
        SimpleMeterRegistry metrics = new SimpleMeterRegistry();
        Counter published;
        Timer batches;
        try (EventPublisher publisher = new EventPublisher(
                new PublisherSettings(bootstrapServers(), unique("publisher")), metrics)) {
            published = metrics.get("kaoping.publisher.published").counter();
            batches = metrics.get("kaoping.publisher.publish").timer();
            for (int round = 0; round < 10; round++) {
                List<OutgoingRecord> batch = new ArrayList<>();
                for (int i = 0; i < 50; i++) {
                    int seq = round * 5 + i / 10;
                    String key = "case-" + (i % 10);
                    batch.add(new OutgoingRecord(topic, key, Integer.toString(seq), Map.of("ce_type", "Counted")));
                }
                publisher.publish(batch);
            }
        }

        List<ConsumerRecord<String, String>> received = readTopic(topic, 500, Duration.ofSeconds(20));

        assertThat(received).hasSize(500);
        Map<String, List<Integer>> seqsPerKey = new HashMap<>();
        Map<String, Set<Integer>> partitionsPerKey = new HashMap<>();
        received.stream()
                .sorted((a, b) -> a.partition() != b.partition()
                        ? Integer.compare(a.partition(), b.partition()) : Long.compare(a.offset(), b.offset()))
                .forEach(record -> {
                    seqsPerKey.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(Integer.valueOf(record.value()));
                    partitionsPerKey.computeIfAbsent(record.key(), k -> new HashSet<>()).add(record.partition());
                    assertThat(new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                            .isEqualTo("Counted");
                });
        assertThat(seqsPerKey).hasSize(10);
        seqsPerKey.values().forEach(seqs -> assertThat(seqs).containsExactlyElementsOf(
                IntStream.range(0, 50).boxed().toList()));
        partitionsPerKey.values().forEach(partitions -> assertThat(partitions).hasSize(1));
        assertThat(published.count()).isEqualTo(500);
        assertThat(batches.count()).isEqualTo(10);
    }

    @Test
    void publish_throws_when_the_broker_cannot_be_reached() {
        SimpleMeterRegistry metrics = new SimpleMeterRegistry();
        PublisherSettings unreachable = new PublisherSettings("127.0.0.1:" + Plumbing.closedPort(),
                unique("publisher"), Map.of(
                        "max.block.ms", "1000",
                        "request.timeout.ms", "1000",
                        "delivery.timeout.ms", "1500"));
        try (EventPublisher publisher = new EventPublisher(unreachable, metrics)) {
            long start = System.nanoTime();

            assertThatThrownBy(() -> publisher.publish(new OutgoingRecord("kaoping.nowhere", "k", "{}")))
                    .isInstanceOf(PublishException.class)
                    .hasMessageContaining("0 of 1");

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
            assertThat(metrics.get("kaoping.publisher.failed").counter().count()).isEqualTo(1);
            assertThat(metrics.get("kaoping.publisher.published").counter().count()).isZero();
        }
    }

    @Test
    void a_record_too_large_is_reported_by_itself_and_the_rest_of_the_batch_is_published() {
        String topic = unique("publisher-too-large");
        createTopic(topic, 1);
        SimpleMeterRegistry metrics = new SimpleMeterRegistry();
        try (EventPublisher publisher = new EventPublisher(new PublisherSettings(bootstrapServers(),
                unique("publisher"), Map.of("max.request.size", "20000")), metrics)) {
            List<OutgoingRecord> batch = List.of(
                    new OutgoingRecord(topic, "a", "first"),
                    new OutgoingRecord(topic, "b", "x".repeat(30_000)),
                    new OutgoingRecord(topic, "c", "third"));

            EventPublisher.Delivery delivery = publisher.publishEach(batch);

            assertThat(delivery.acknowledged()).isEqualTo(2);
            assertThat(delivery.refused()).containsOnlyKeys(1);
            assertThat(delivery.refused().get(1)).isInstanceOf(RecordTooLargeException.class);
            assertThat(readTopic(topic, 2, Duration.ofSeconds(20))).extracting(ConsumerRecord::value)
                    .containsExactly("first", "third");

            // The all-or-nothing call says which record can never be sent, so its caller need not retry forever.
            assertThatThrownBy(() -> publisher.publish(batch))
                    .isInstanceOfSatisfying(PublishException.class, e -> assertThat(e.refused()).containsOnlyKeys(1));
        }
    }

    @Test
    void extra_properties_cannot_weaken_delivery_guarantees() {
        assertThatThrownBy(() -> new EventPublisher(
                new PublisherSettings("localhost:9092", "weak", Map.of("acks", "1"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("acks");
        assertThatThrownBy(() -> new EventPublisher(
                new PublisherSettings("localhost:9092", "weak", Map.of("enable.idempotence", "false"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("enable.idempotence");
        assertThatThrownBy(() -> new EventPublisher(
                new PublisherSettings("localhost:9092", "weak", Map.of("max.in.flight.requests.per.connection", "10"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max.in.flight");
    }
}
