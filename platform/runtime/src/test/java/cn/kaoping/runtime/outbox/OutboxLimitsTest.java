package cn.kaoping.runtime.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import cn.kaoping.contracts.Actor;
import cn.kaoping.contracts.EventEnvelope;
import cn.kaoping.contracts.EventRegistry;
import cn.kaoping.contracts.publicity.CommentaryPublished;
import cn.kaoping.domain.DomainException;
import cn.kaoping.domain.RefusalKind;
import cn.kaoping.runtime.db.Db;
import cn.kaoping.servers.Infrastructure;
import cn.kaoping.web.problem.ProblemMessages;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Issue #11 rule 5, on the real PostgreSQL and Kafka of the test kit: an event the producer could not send is refused
 * by the outbox before anything is written, and a row Kafka refuses for good is parked without holding up the rows
 * after it.
 */
class OutboxLimitsTest {

    private static final String DATABASE = "runtime_outbox";
    private static final String TOPIC = EventRegistry.describe(new CommentaryPublished("c", "f", "t")).topic();
    private static final Actor ACTOR = new Actor("reviewer-1", "审核员", List.of("REVIEWER"));
    private static Db db;

    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    private OutboxRelay relay;
    private Outbox outbox;

    @BeforeAll
    static void database() {
        Infrastructure infrastructure = Infrastructure.shared();
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(infrastructure.jdbcUrl(DATABASE));
        dataSource.setUser(infrastructure.username());
        dataSource.setPassword(infrastructure.password());
        // The platform's migrations as a service applies them: both locations, one history.
        Flyway.configure().dataSource(dataSource).locations("classpath:db/kaoping-platform", "classpath:db/kaoping-directory")
                .load().migrate();
        db = Db.over(dataSource);
    }

    @BeforeEach
    void relay() {
        OutboxSettings settings = new OutboxSettings() {
            public String source() {
                return "/kaoping/runtime-test";
            }

            public Duration pollInterval() {
                return Duration.ofMillis(200);
            }

            public int batchSize() {
                return 100;
            }

            public int maxRequestSize() {
                return 1_048_576;
            }

            public boolean enabled() {
                return true;
            }
        };
        relay = new OutboxRelay(db, settings, metrics, Infrastructure.shared().bootstrapServers(), "runtime-test");
        outbox = new Outbox(settings, relay);
    }

    @AfterEach
    void stop() {
        relay.stop();
    }

    @Test
    void an_envelope_larger_than_the_producer_may_send_is_refused_and_nothing_is_written() {
        String subject = "commentary-" + UUID.randomUUID();
        // 400,000 Chinese characters: 1.2 MB in UTF-8, over the 1 MB request size.
        CommentaryPublished event = new CommentaryPublished(subject, "file-1", "评".repeat(400_000));

        assertThatThrownBy(() -> db.inTransaction(tx -> outbox.add(tx, subject, ACTOR, Instant.now(), event)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(OutboxError.EVENT_TOO_LARGE);
                    assertThat(e.kind()).isEqualTo(RefusalKind.INVALID_INPUT);
                    assertThat(e.args()).contains(outbox.maxEnvelopeBytes());
                });
        assertThat(rows(subject)).isZero();

        // Just under the limit it is written, and sent.
        int fits = (outbox.maxEnvelopeBytes() - 2_000) / 3;
        db.inTransaction(tx -> outbox.add(tx, subject, ACTOR, Instant.now(),
                new CommentaryPublished(subject, "file-1", "评".repeat(fits))));
        relay.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> sentRows(subject) == 1);
        assertThat(recordsOf(Set.of(subject), 1)).hasSize(1);
    }

    @Test
    void a_row_kafka_refuses_is_parked_counted_and_the_rows_after_it_are_sent() {
        String before = "commentary-" + UUID.randomUUID();
        String tooLarge = "commentary-" + UUID.randomUUID();
        String after = "commentary-" + UUID.randomUUID();
        db.inTransaction(tx -> outbox.add(tx, before, ACTOR, Instant.now(), new CommentaryPublished(before, "f", "前")));
        // A row no check stopped (written before the outbox checked sizes): 1.5 MB, never sendable.
        EventEnvelope huge = EventEnvelope.wrap("/kaoping/runtime-test", tooLarge, ACTOR, Instant.now(),
                new CommentaryPublished(tooLarge, "f", "x".repeat(1_500_000)));
        db.useHandle(h -> h.createUpdate("""
                        INSERT INTO outbox (event_id, topic, record_key, payload) VALUES (:id, :topic, :key, :payload)""")
                .bind("id", huge.id()).bind("topic", TOPIC).bind("key", tooLarge).bind("payload", huge.toJson())
                .execute());
        db.inTransaction(tx -> outbox.add(tx, after, ACTOR, Instant.now(), new CommentaryPublished(after, "f", "后")));

        relay.start();

        await().atMost(Duration.ofSeconds(30)).until(() -> sentRows(before) == 1 && sentRows(after) == 1);
        assertThat(recordsOf(Set.of(before, after), 2)).extracting(ConsumerRecord::key)
                .containsExactlyInAnyOrder(before, after);
        Map<String, Object> parked = db.withHandle(h -> h.createQuery(
                        "SELECT parked_at IS NOT NULL AS parked, sent_at IS NULL AS unsent, park_reason FROM outbox"
                                + " WHERE record_key = :key")
                .bind("key", tooLarge).mapToMap().one());
        assertThat(parked).containsEntry("parked", true).containsEntry("unsent", true);
        assertThat((String) parked.get("park_reason")).contains("RecordTooLargeException");
        assertThat(metrics.get("kaoping.outbox.parked").counter().count()).isEqualTo(1);

        // Parked means left alone: later rows still go, and the parked one is not tried again.
        String later = "commentary-" + UUID.randomUUID();
        db.inTransaction(tx -> outbox.add(tx, later, ACTOR, Instant.now(), new CommentaryPublished(later, "f", "再")));
        relay.wakeUp();
        await().atMost(Duration.ofSeconds(30)).until(() -> sentRows(later) == 1);
        assertThat(metrics.get("kaoping.outbox.parked").counter().count()).isEqualTo(1);
    }

    @Test
    void the_refusal_reads_in_chinese_and_in_english() {
        ProblemMessages messages = ProblemMessages.load(getClass().getClassLoader());
        String key = "error." + OutboxError.EVENT_TOO_LARGE.name();
        assertThat(messages.format(ProblemMessages.CHINESE, key, "t", "1200000", "1044480")).contains("1200000")
                .contains("事件过大");
        assertThat(messages.format(ProblemMessages.ENGLISH, key, "t", "1200000", "1044480")).contains("1200000")
                .contains("too large");
    }

    private static long rows(String key) {
        return db.withHandle(h -> h.createQuery("SELECT count(*) FROM outbox WHERE record_key = :key")
                .bind("key", key).mapTo(Long.class).one());
    }

    private static long sentRows(String key) {
        return db.withHandle(h -> h.createQuery(
                        "SELECT count(*) FROM outbox WHERE record_key = :key AND sent_at IS NOT NULL")
                .bind("key", key).mapTo(Long.class).one());
    }

    /** The records of the topic with these keys, read from the beginning until {@code expected} have come. */
    private static List<ConsumerRecord<String, String>> recordsOf(Set<String> keys, int expected) {
        try (KafkaConsumer<String, String> reader = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Infrastructure.shared().bootstrapServers(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, "2097152"))) {
            List<TopicPartition> partitions = reader.partitionsFor(TOPIC, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(TOPIC, info.partition())).toList();
            reader.assign(partitions);
            reader.seekToBeginning(partitions);
            List<ConsumerRecord<String, String>> found = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (found.size() < expected && System.nanoTime() < deadline) {
                reader.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (keys.contains(r.key())) {
                        found.add(r);
                    }
                });
            }
            return found;
        }
    }
}
