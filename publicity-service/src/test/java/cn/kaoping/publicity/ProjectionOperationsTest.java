package cn.kaoping.publicity;

import static cn.kaoping.publicity.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import cn.kaoping.contracts.EventEnvelope;
import cn.kaoping.contracts.Topics;
import cn.kaoping.contracts.evaluation.EvaluationEvent;
import cn.kaoping.runtime.db.Db;
import cn.kaoping.runtime.projection.ProjectionHost;
import cn.kaoping.publicity.support.Api;
import cn.kaoping.publicity.support.Applied;
import cn.kaoping.fixtures.EventFeed;
import cn.kaoping.fixtures.EvaluationEvents;
import cn.kaoping.fixtures.EvaluationEvents.File;
import cn.kaoping.publicity.support.PublicityTestResource;
import cn.kaoping.publicity.support.TestMonths;
import cn.kaoping.publicity.support.Tokens;
import cn.kaoping.servers.Infrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

/**
 * The projection as an operator sees it, through the real broker: rebuild, dead letters, restarts and lag (readiness
 * and the status endpoint: {@link ProjectionHostTest}). Its rules are tested without the broker in
 * {@link MonthlyListProjectionTest}.
 */
@QuarkusTest
class ProjectionOperationsTest {

    @Inject
    Db db;

    @Inject
    ProjectionHost projectionFeed;

    final EventFeed feed = EventFeed.shared();

    @Test
    void a_rebuild_from_the_beginning_gives_the_same_lists() {
        YearMonth month = TestMonths.fresh(2);
        String unitId = EvaluationEvents.id("u"), a = EvaluationEvents.id("a"), b = EvaluationEvents.id("b");
        File twoRounds = File.of(unitId, a);
        List<EventEnvelope> sent = new ArrayList<>();
        for (EvaluationEvent event : List.of(EvaluationEvents.unit(unitId, "RB", "重建派出所"),
                EvaluationEvents.officer(a, "070001", "甲", unitId), EvaluationEvents.officer(b, "070002", "乙", unitId),
                EvaluationEvents.reviewed(twoRounds, 1, month, month.atDay(2), EvaluationEvents.cardOf(1, "4.0")),
                EvaluationEvents.reviewed(twoRounds, 2, month, month.plusMonths(1).atDay(2), EvaluationEvents.cardOf(2, "7.0")),
                EvaluationEvents.reviewed(File.of(unitId, b), month, "2.5"),
                EvaluationEvents.submissionOverdue(File.of(unitId, b), month, month.atDay(20), "5.0"))) {
            sent.add(feed.send(event));
        }
        feed.sendEnvelope(sent.get(3)); // a redelivered old record: must not win after the rebuild either
        Applied.await(db, sent.toArray(EventEnvelope[]::new));
        awaitNoLag();
        JsonPath before = Api.liveList(month);
        List<String> ids = sent.stream().map(EventEnvelope::id).toList();
        List<Map<String, Object>> factsBefore = projectionDump(unitId, ids);
        assertThat(factsBefore).isNotEmpty();

        as(Tokens.admin()).post("/api/v1/projections/rebuild").then().statusCode(202);

        await("the rebuilt projection holds the same facts").atMost(Duration.ofSeconds(90))
                .until(() -> projectionDump(unitId, ids).equals(factsBefore));
        JsonPath after = Api.liveList(month);
        assertThat(after.getList("officers")).isEqualTo(before.getList("officers"));
        assertThat(after.getList("units")).isEqualTo(before.getList("units"));
        assertThat(after.getMap("summary")).isEqualTo(before.getMap("summary"));
        assertThat(new BigDecimal(after.getString("officers.find { it.officerId == '" + a + "' }.averageDeduction")))
                .isEqualByComparingTo("7.00");
    }

    @Test
    void a_poison_record_goes_to_the_dead_letter_topic_and_the_rest_is_applied() {
        YearMonth month = TestMonths.fresh();
        String unitId = EvaluationEvents.id("u"), officer = EvaluationEvents.id("p");
        File file = File.of(unitId, officer);
        String notJson = "this is not an event " + UUID.randomUUID();
        String badData = """
                {"specversion":"1.0","id":"%s","source":"/kaoping/evaluation-service",
                 "type":"kaoping.evaluation.CaseFileReviewed","subject":"%s",
                 "dataschema":"urn:kaoping:evaluation:CaseFileReviewed:v1",
                 "datacontenttype":"application/json","data":{"caseFileId":"%s","round":"first"}}"""
                .formatted(UUID.randomUUID(), file.id(), file.id());
        feed.sendRaw(file.id(), notJson);
        feed.sendRaw(file.id(), badData);
        EventEnvelope good = feed.send(EvaluationEvents.reviewed(file, month, "3.5")); // same key: after the poison
        EventEnvelope unit = feed.send(EvaluationEvents.unit(unitId, "DL", "死信派出所"));
        Applied.await(db, good, unit);

        JsonPath list = Api.liveList(month);
        assertThat(list.getList("officers.officerId")).containsExactly(officer);
        assertThat(list.getList("units.unitName")).containsExactly("死信派出所");

        List<ConsumerRecord<String, String>> deadLetters = readAll(Topics.deadLetter(PublicityTestResource.CONSUMER),
                r -> file.id().equals(r.key()), 2);
        assertThat(deadLetters).extracting(ConsumerRecord::value).containsExactly(notJson, badData);
        for (ConsumerRecord<String, String> deadLetter : deadLetters) {
            assertThat(header(deadLetter, "kaoping.dlt.original.topic")).isEqualTo(Topics.EVALUATION_EVENTS);
            assertThat(header(deadLetter, "kaoping.dlt.exception.class")).isNotBlank();
        }
    }

    @Test
    void restarting_the_consumer_while_events_flow_loses_and_double_counts_nothing() throws Exception {
        YearMonth month = TestMonths.fresh();
        String unitId = EvaluationEvents.id("u");
        List<String> officers = List.of(EvaluationEvents.id("r1"), EvaluationEvents.id("r2"), EvaluationEvents.id("r3"));
        int files = 60;
        List<String> ids = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> producing = CompletableFuture.runAsync(() -> {
            ids.add(feed.send(EvaluationEvents.unit(unitId, "RS", "重启派出所")).id());
            for (int n = 0; n < files; n++) {
                File file = File.of(unitId, officers.get(n % 3));
                ids.add(feed.send(EvaluationEvents.registered(file, month.minusMonths(1).atDay(1))).id());
                // deductions 0.0, 1.0, …, 4.0 in turn: the sum over 60 files is 12 × 10.0 = 120.0
                ids.add(feed.send(EvaluationEvents.reviewed(file, month, (n % 5) + ".0")).id());
            }
        });
        // Restart once some of the events are applied, and again further on, while the producer still sends.
        await().atMost(Applied.WITHIN).until(() -> Applied.count(db, List.copyOf(ids)) >= 20);
        projectionFeed.restart();
        await().atMost(Applied.WITHIN).until(() -> Applied.count(db, List.copyOf(ids)) >= 60);
        projectionFeed.restart();
        producing.get();

        Applied.awaitIds(db, List.copyOf(ids));
        JsonPath list = Api.liveList(month);
        assertThat(list.getInt("summary.filesEvaluated")).isEqualTo(files);
        assertThat(new BigDecimal(list.getString("summary.totalDeduction"))).isEqualByComparingTo("120.0");
        assertThat(list.getList("officers.filesEvaluated")).containsExactly(20, 20, 20);
        long caseFiles = db.withHandle(h -> h.createQuery("SELECT count(*) FROM case_file WHERE evaluation_month = :month")
                .bind("month", month).mapTo(Long.class).one());
        assertThat(caseFiles).isEqualTo(files);
    }

    @Test
    void the_consumer_lag_is_a_metric() {
        RestAssured.get("/q/metrics").then().statusCode(200)
                .body(containsString("kaoping_consumer_lag{consumer=\"" + PublicityTestResource.CONSUMER + "\""));
    }

    private void awaitNoLag() {
        await("no lag").atMost(Applied.WITHIN)
                .until(() -> as(Tokens.admin()).get("/api/v1/projections").jsonPath().getLong("lag") == 0);
    }

    /**
     * The read model of one test's unit, row by row, and the events it applied (what a rebuild must reproduce).
     * Only this test's rows: other tests feed the projection without the broker, and a rebuild does not bring
     * those back.
     */
    private List<Map<String, Object>> projectionDump(String unitId, List<String> eventIds) {
        return db.withHandle(h -> {
            List<Map<String, Object>> rows = new ArrayList<>();
            rows.addAll(h.createQuery("SELECT to_jsonb(f)::text FROM case_file f WHERE unit_id = :unit ORDER BY case_file_id")
                    .bind("unit", unitId).map((row, ctx) -> Map.<String, Object>of("case_file", row.getString(1))).list());
            rows.addAll(h.createQuery("""
                            SELECT to_jsonb(x)::text FROM case_file_finding x JOIN case_file f USING (case_file_id)
                             WHERE f.unit_id = :unit ORDER BY x.case_file_id, x.finding_id""")
                    .bind("unit", unitId).map((row, ctx) -> Map.<String, Object>of("finding", row.getString(1))).list());
            rows.addAll(h.createQuery("SELECT event_id FROM applied_event WHERE event_id = ANY (:ids) ORDER BY event_id")
                    .bindArray("ids", String.class, eventIds)
                    .map((row, ctx) -> Map.<String, Object>of("event", row.getString(1))).list());
            rows.addAll(h.createQuery("SELECT to_jsonb(u)::text FROM unit_directory u WHERE unit_id = :unit")
                    .bind("unit", unitId).map((row, ctx) -> Map.<String, Object>of("unit", row.getString(1))).list());
            rows.addAll(h.createQuery("SELECT to_jsonb(o)::text FROM officer_directory o WHERE unit_id = :unit ORDER BY officer_id")
                    .bind("unit", unitId).map((row, ctx) -> Map.<String, Object>of("officer", row.getString(1))).list());
            return rows;
        });
    }

    static List<ConsumerRecord<String, String>> readAll(String topic,
                                                        java.util.function.Predicate<ConsumerRecord<String, String>> wanted,
                                                        int expected) {
        try (KafkaConsumer<String, String> reader = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Infrastructure.shared().bootstrapServers(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()))) {
            List<TopicPartition> partitions = reader.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            reader.assign(partitions);
            reader.seekToBeginning(partitions);
            List<ConsumerRecord<String, String>> found = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (found.size() < expected && System.nanoTime() < deadline) {
                reader.poll(Duration.ofMillis(300)).forEach(r -> {
                    if (wanted.test(r)) {
                        found.add(r);
                    }
                });
            }
            // Whatever else may have arrived meanwhile is read too: a duplicate would show.
            reader.poll(Duration.ofMillis(300)).forEach(r -> {
                if (wanted.test(r)) {
                    found.add(r);
                }
            });
            return found;
        }
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
