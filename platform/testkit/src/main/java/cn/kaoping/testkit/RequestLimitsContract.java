package cn.kaoping.testkit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import cn.kaoping.runtime.db.Db;
import cn.kaoping.runtime.outbox.Outbox;
import cn.kaoping.servers.Infrastructure;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

/**
 * What every service that publishes through its outbox guarantees about the size of its commands (issue #11 rule 5),
 * through its API and the real broker: a field over its limit is a 400 problem+json naming it, in Chinese and in
 * English, and changes nothing; the largest command the limits allow is published to Kafka, under the producer's
 * request size, neither refused nor parked. A service's test extends this with {@code @QuarkusTest} and the
 * {@link KaopingTestResource} of its database, and names its own largest command and an over-long one.
 */
public abstract class RequestLimitsContract {

    private static final Duration WITHIN = Duration.ofSeconds(60);

    @Inject
    Db db;

    @Inject
    Outbox outbox;

    /** The event a command publishes: its topic, its Kafka key (the envelope's subject), its type's simple name. */
    public record Published(String topic, String key, String type) {
    }

    /**
     * A request with one field over its limit.
     *
     * @param send  sends it on the given request (which carries the language), with its token and body
     * @param field the field as the answer names it ({@code errors[].field} contains it)
     * @param state  what the request would change, read before and after (it must be equal)
     * @param caller the subject of the request's token: no event of his may be added to the outbox (events of the
     *               service's projections, running meanwhile, are not counted)
     */
    public record OverLimit(Function<RequestSpecification, Response> send, String field, Supplier<Object> state,
                            String caller) {
    }

    /** Sends the largest command the limits allow through the API (asserting its success) and names its event. */
    protected abstract Published sendLargestAllowedCommand();

    /** A command with a field over its limit. */
    protected abstract OverLimit overLongCommand();

    @Test
    void a_field_over_its_limit_is_a_400_naming_it_in_chinese_and_english_and_changes_nothing() {
        OverLimit over = overLongCommand();
        Object before = over.state().get();
        long outboxRows = outboxRowsOf(over.caller());

        Response chinese = over.send().apply(given().header("Accept-Language", "zh"));
        chinese.then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem(org.hamcrest.Matchers.containsString(over.field())))
                .body("errors[0].message", matchesPattern(".*[\\u4e00-\\u9fff].*"));
        Response english = over.send().apply(given().header("Accept-Language", "en"));
        english.then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem(org.hamcrest.Matchers.containsString(over.field())))
                .body("errors[0].message", matchesPattern("[\\x20-\\x7e]+"));

        assertThat(over.state().get()).isEqualTo(before);
        assertThat(outboxRowsOf(over.caller())).isEqualTo(outboxRows);
    }

    @Test
    void the_largest_allowed_command_is_published_to_kafka() {
        Published published = sendLargestAllowedCommand();

        await().atMost(WITHIN).until(() -> sentRows(published.key()) > 0 && unsentRows(published.key()) == 0);
        assertThat(parkedRows()).as("parked outbox rows").isZero();
        List<ConsumerRecord<String, String>> records = recordsOf(published, WITHIN);
        assertThat(records).as("records of type %s with key %s", published.type(), published.key()).isNotEmpty();
        int largest = records.stream().mapToInt(r -> r.value().getBytes(StandardCharsets.UTF_8).length).max()
                .orElseThrow();
        assertThat(largest).as("the largest event's bytes").isLessThanOrEqualTo(outbox.maxEnvelopeBytes());
    }

    private long outboxRowsOf(String caller) {
        return db.withHandle(h -> h.createQuery("SELECT count(*) FROM outbox WHERE payload::jsonb -> 'actor' ->> 'id' = :caller")
                .bind("caller", caller).mapTo(Long.class).one());
    }

    private long sentRows(String key) {
        return db.withHandle(h -> h.createQuery(
                        "SELECT count(*) FROM outbox WHERE record_key = :key AND sent_at IS NOT NULL")
                .bind("key", key).mapTo(Long.class).one());
    }

    private long unsentRows(String key) {
        return db.withHandle(h -> h.createQuery(
                        "SELECT count(*) FROM outbox WHERE record_key = :key AND sent_at IS NULL")
                .bind("key", key).mapTo(Long.class).one());
    }

    private long parkedRows() {
        return db.withHandle(h -> h.createQuery("SELECT count(*) FROM outbox WHERE parked_at IS NOT NULL")
                .mapTo(Long.class).one());
    }

    /** The records of the topic with the key whose value names the type, read from the beginning. */
    private static List<ConsumerRecord<String, String>> recordsOf(Published published, Duration within) {
        try (KafkaConsumer<String, String> reader = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Infrastructure.shared().bootstrapServers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()))) {
            List<TopicPartition> partitions = reader.partitionsFor(published.topic(), Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(published.topic(), info.partition())).toList();
            reader.assign(partitions);
            reader.seekToBeginning(partitions);
            List<ConsumerRecord<String, String>> found = new ArrayList<>();
            long deadline = System.nanoTime() + within.toNanos();
            while (found.isEmpty() && System.nanoTime() < deadline) {
                reader.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (published.key().equals(r.key()) && r.value().contains(published.type())) {
                        found.add(r);
                    }
                });
            }
            return found;
        }
    }
}
