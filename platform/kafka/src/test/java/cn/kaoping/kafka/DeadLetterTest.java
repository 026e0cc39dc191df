package cn.kaoping.kafka;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static cn.kaoping.kafka.CountingProjection.event;
import static cn.kaoping.kafka.Plumbing.await;
import static cn.kaoping.kafka.Plumbing.bootstrapServers;
import static cn.kaoping.kafka.Plumbing.createTopic;
import static cn.kaoping.kafka.Plumbing.readTopic;
import static cn.kaoping.kafka.Plumbing.unique;
import static org.assertj.core.api.Assertions.assertThat;

class DeadLetterTest {

    private final DataSource dataSource = Plumbing.dataSource();

    @Test
    void a_record_that_cannot_be_parsed_goes_to_the_dead_letter_topic_with_the_error_and_the_records_after_it_are_applied() {
        String topic = unique("poison");
        String consumer = unique("poison-consumer");
        createTopic(topic, 1);
        try (EventPublisher publisher = Plumbing.publisher()) {
            publisher.publish(List.of(
                    new OutgoingRecord(topic, "k1", event("k1", 1)),
                    new OutgoingRecord(topic, "k2", event("k2", 1)),
                    new OutgoingRecord(topic, "k1", "not json{", Map.of("ce_id", "poison-1")),
                    new OutgoingRecord(topic, "k1", event("k1", 2)),
                    new OutgoingRecord(topic, "k3", event("k3", 1))));
        }
        CountingProjection projection = new CountingProjection(dataSource, consumer);
        SimpleMeterRegistry metrics = new SimpleMeterRegistry();
        Instant before = Instant.now();

        try (ProjectionRunner runner = new ProjectionRunner(
                new ConsumerSettings(bootstrapServers(), consumer, List.of(topic)), dataSource, projection, metrics)
                .start()) {
            await("the four good records are applied", Duration.ofSeconds(30), () -> projection.total() == 4);
            await("the offsets are stored past the last record", Duration.ofSeconds(5),
                    () -> Plumbing.storedOffsetSum(dataSource, consumer) == 5);

            assertThat(projection.counts()).isEqualTo(Map.of("k1", 2, "k2", 1, "k3", 1));
            assertThat(metrics.get("kaoping.consumer.applied").tag("consumer", consumer).counter().count())
                    .isEqualTo(4);
            assertThat(metrics.get("kaoping.consumer.dead.lettered").tag("consumer", consumer).counter().count())
                    .isEqualTo(1);
            assertThat(runner.deadLetterTopic()).isEqualTo("kaoping.dlt." + consumer);
        }

        List<ConsumerRecord<String, String>> deadLetters =
                readTopic(DeadLetters.topicFor(consumer), 1, Duration.ofSeconds(10));
        assertThat(deadLetters).hasSize(1);
        ConsumerRecord<String, String> dead = deadLetters.get(0);
        assertThat(dead.key()).isEqualTo("k1");
        assertThat(dead.value()).isEqualTo("not json{");
        assertThat(header(dead, "ce_id")).isEqualTo("poison-1");
        assertThat(header(dead, DeadLetters.ORIGINAL_TOPIC)).isEqualTo(topic);
        assertThat(header(dead, DeadLetters.ORIGINAL_PARTITION)).isEqualTo("0");
        assertThat(header(dead, DeadLetters.ORIGINAL_OFFSET)).isEqualTo("2");
        assertThat(header(dead, DeadLetters.EXCEPTION_CLASS))
                .isEqualTo("com.fasterxml.jackson.core.JsonParseException");
        assertThat(header(dead, DeadLetters.EXCEPTION_MESSAGE)).contains("Unrecognized token 'not'");
        assertThat(header(dead, DeadLetters.EXCEPTION_STACK_TRACE))
                .contains("JsonParseException").contains("CountingProjection.apply")
                .hasSizeLessThanOrEqualTo(DeadLetters.MAX_STACK_TRACE_CHARS);
        assertThat(header(dead, DeadLetters.CONSUMER)).isEqualTo(consumer);
        assertThat(Instant.parse(header(dead, DeadLetters.TIME))).isBetween(before, Instant.now());
    }

    @Test
    void a_record_the_projection_rejects_leaves_none_of_its_writes_behind() {
        String topic = unique("rejected");
        String consumer = unique("rejecting-consumer");
        createTopic(topic, 1);
        try (EventPublisher publisher = Plumbing.publisher()) {
            publisher.publish(List.of(
                    new OutgoingRecord(topic, "k1", event("k1", 1)),
                    new OutgoingRecord(topic, "k9", "{\"key\":\"k9\",\"seq\":1,\"reject\":true}"),
                    new OutgoingRecord(topic, "k1", event("k1", 2))));
        }
        CountingProjection projection = new CountingProjection(dataSource, consumer);

        try (ProjectionRunner runner = new ProjectionRunner(
                new ConsumerSettings(bootstrapServers(), consumer, List.of(topic)), dataSource, projection).start()) {
            await("the offsets are stored past the last record", Duration.ofSeconds(30),
                    () -> Plumbing.storedOffsetSum(dataSource, consumer) == 3);
        }

        assertThat(projection.counts()).isEqualTo(Map.of("k1", 2));
        assertThat(projection.total()).isEqualTo(2);
        List<ConsumerRecord<String, String>> deadLetters =
                readTopic(DeadLetters.topicFor(consumer), 1, Duration.ofSeconds(10));
        assertThat(deadLetters).hasSize(1);
        assertThat(header(deadLetters.get(0), DeadLetters.EXCEPTION_CLASS))
                .isEqualTo(IllegalArgumentException.class.getName());
        assertThat(header(deadLetters.get(0), DeadLetters.EXCEPTION_MESSAGE))
                .isEqualTo("record k9 breaks a rule of the projection");
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        assertThat(header).as("header " + name).isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
