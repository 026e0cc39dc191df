package cn.kaoping.evaluation.infrastructure.publishing;

import static cn.kaoping.evaluation.support.BureauDays.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.kaoping.contracts.DomainEvent;
import cn.kaoping.contracts.EventDescriptor;
import cn.kaoping.contracts.EventEnvelope;
import cn.kaoping.contracts.Topics;
import cn.kaoping.contracts.evaluation.EvaluationEvent;
import cn.kaoping.evaluation.infrastructure.axon.AxonSetup;
import cn.kaoping.evaluation.support.CaseFiles;
import cn.kaoping.evaluation.support.EvaluationTopic;
import cn.kaoping.evaluation.support.InfrastructureTestProfile;
import cn.kaoping.evaluation.support.StoredEvents;
import cn.kaoping.evaluation.scoring.FindingInput;
import cn.kaoping.servers.Infrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every event goes to the evaluation topic: complete, in order per file, at least once, as a CloudEvent. */
@QuarkusTest
@TestProfile(InfrastructureTestProfile.class)
class EventPublicationTest {

    private static final Duration PUBLISHED_WITHIN = Duration.ofSeconds(60);

    @Inject
    CommandGateway commands;
    @Inject
    EventStore eventStore;
    @Inject
    AxonSetup axon;
    @Inject
    PublisherProgress progress;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private CaseFiles files;
    private StoredEvents stored;
    private EvaluationTopic topic;

    @BeforeEach
    void setUp() {
        files = new CaseFiles(commands);
        stored = new StoredEvents(eventStore);
        topic = new EvaluationTopic(bootstrapServers);
    }

    @AfterEach
    void publisherRunsAgain() {
        processor().start();
    }

    @Test
    void every_event_of_a_file_arrives_on_the_topic_in_order_as_a_valid_cloud_event() {
        String file = files.register(today().minusDays(3));
        files.preReview(file);
        files.submit(file);
        files.reviewRoundOne(file, FindingInput.of("EV02", "询问笔录无见证人"), FindingInput.of("EV03", "取证程序违法"));
        List<DomainEventMessage<?>> events = stored.of(file);
        assertThat(events).hasSize(4);

        List<ConsumerRecord<String, String>> records = await("the 4 events of the file on the topic")
                .atMost(PUBLISHED_WITHIN)
                .until(() -> topic.recordsOf(List.of(file)).get(file), r -> r.size() >= events.size());

        assertThat(records).extracting(r -> EventEnvelope.fromJson(r.value()).id())
                .containsExactlyElementsOf(events.stream().map(DomainEventMessage::getIdentifier).toList());
        for (int i = 0; i < events.size(); i++) {
            assertIsTheCloudEventOf(records.get(i), events.get(i));
        }
    }

    @Test
    void a_publisher_stopped_in_the_middle_publishes_everything_in_order_per_file_after_restart() {
        TrackingEventProcessor processor = processor();
        long before = publishedUpToNow();
        processor.shutDown();
        // 1,200 events, twelve batches of the processor: enough that the poll below (every 100 ms) stops it
        // after its first batches even on an idle machine, where it publishes about a thousand events a second.
        List<String> backlog = registerSubmittedFiles(400);
        long head = progress.status().position() + progress.status().lag();

        processor.start();
        await("a first batch published")
                .atMost(PUBLISHED_WITHIN)
                .until(() -> inMemoryPosition(processor), p -> p > before);
        processor.shutDown();

        PublisherStatus stopped = progress.status();
        assertThat(stopped.position()).as("stopped in the middle of the backlog").isGreaterThan(before).isLessThan(head);
        assertThat(stopped.lag()).isPositive();
        assertPublisherReadiness("DOWN");
        assertThat(RestAssured.get("/q/metrics").asString()).contains("kaoping_publisher_lag");

        long restartedAt = System.nanoTime();
        processor.start();
        await("the backlog published").atMost(PUBLISHED_WITHIN).until(() -> progress.status().lag(), lag -> lag == 0);
        double seconds = (System.nanoTime() - restartedAt) / 1e9;
        System.out.printf("[publish throughput] %d events after restart in %.2f s: %.0f events/s%n",
                head - stopped.position(), seconds, (head - stopped.position()) / seconds);

        assertEveryEventOnTheTopicInOrder(backlog);
        assertPublisherReadiness("UP");
    }

    @Test
    void a_kafka_crash_while_publishing_loses_nothing_and_keeps_the_order_per_file() {
        TrackingEventProcessor processor = processor();
        processor.start(); // no-op when running: the publisher stays up through the whole outage
        Infrastructure kafka = Infrastructure.shared();
        // Files appended while Kafka is up: published before the crash, or caught by it half-way.
        List<String> files = new ArrayList<>(registerSubmittedFiles(75));
        try {
            kafka.killKafka();
            // Files appended while Kafka is away: the running publisher cannot get them out, whatever the timing.
            files.addAll(registerSubmittedFiles(75));
            assertThat(progress.status().lag()).as("events wait while Kafka is away").isPositive();
            await("readiness DOWN: the publisher is stuck")
                    .atMost(PUBLISHED_WITHIN)
                    .until(() -> publisherReadiness().getString("status"), "DOWN"::equals);
            assertThat(publisherReadiness().getBoolean("data.running")).isTrue();
        } finally {
            kafka.startKafka();
        }
        await("the backlog published once Kafka is back")
                .atMost(Duration.ofSeconds(120))
                .until(() -> progress.status().lag(), lag -> lag == 0);

        assertEveryEventOnTheTopicInOrder(files);
    }

    /** Each file's events are all there; each arrives after all its predecessors (duplicates allowed). */
    private void assertEveryEventOnTheTopicInOrder(List<String> caseFileIds) {
        Map<String, List<ConsumerRecord<String, String>>> onTopic = topic.recordsOf(caseFileIds);
        for (String file : caseFileIds) {
            List<String> expected = stored.identifiersOf(file);
            Map<String, Integer> indexOf = new HashMap<>();
            for (int i = 0; i < expected.size(); i++) {
                indexOf.put(expected.get(i), i);
            }
            List<String> seen = onTopic.get(file).stream()
                    .map(r -> r.offset() + ":" + indexOf.get(EventEnvelope.fromJson(r.value()).id())).toList();
            int highestSeen = -1;
            Set<String> distinct = new LinkedHashSet<>();
            for (ConsumerRecord<String, String> record : onTopic.get(file)) {
                String id = EventEnvelope.fromJson(record.value()).id();
                Integer index = indexOf.get(id);
                assertThat(index).as("event %s of file %s is one of its stored events", id, file).isNotNull();
                assertThat(index).as("event %s of file %s arrives after its predecessors (offset:index on the topic: %s)",
                                id, file, seen)
                        .isLessThanOrEqualTo(highestSeen + 1);
                highestSeen = Math.max(highestSeen, index);
                distinct.add(id);
            }
            assertThat(new ArrayList<>(distinct)).as("the events of file %s", file).containsExactlyElementsOf(expected);
        }
    }

    private void assertIsTheCloudEventOf(ConsumerRecord<String, String> record, DomainEventMessage<?> event) {
        EvaluationEvent payload = (EvaluationEvent) event.getPayload();
        EventDescriptor descriptor = EventDescriptor.of(payload.getClass());
        EventEnvelope envelope = EventEnvelope.fromJson(record.value());
        assertThat(record.topic()).isEqualTo(Topics.EVALUATION_EVENTS);
        assertThat(record.key()).isEqualTo(event.getAggregateIdentifier());
        assertThat(new String(record.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8))
                .isEqualTo(EventEnvelope.CONTENT_TYPE);
        assertThat(envelope.specversion()).isEqualTo("1.0");
        assertThat(envelope.id()).isEqualTo(event.getIdentifier());
        assertThat(envelope.source()).isEqualTo("/kaoping/evaluation-service");
        assertThat(envelope.type()).isEqualTo("kaoping.evaluation." + payload.getClass().getSimpleName());
        assertThat(envelope.dataschema()).isEqualTo(descriptor.dataschema());
        assertThat(envelope.datacontenttype()).isEqualTo("application/json");
        assertThat(envelope.subject()).isEqualTo(event.getAggregateIdentifier());
        assertThat(envelope.time()).isEqualTo(event.getTimestamp());
        assertThat(envelope.actor().id()).isEqualTo(payload.actorId());
        DomainEvent data = envelope.dataAs(payload.getClass());
        assertThat(data).isEqualTo(payload);
    }

    private void assertPublisherReadiness(String status) {
        assertThat(publisherReadiness().getString("status")).isEqualTo(status);
    }

    /** The publisher's entry in /q/health/ready. */
    private JsonPath publisherReadiness() {
        return RestAssured.get("/q/health/ready").jsonPath()
                .setRootPath("checks.find { it.name == 'evaluation-event-publisher' }");
    }

    /** Files registered and submitted (three events each: registered, pre-reviewed, submitted). */
    private List<String> registerSubmittedFiles(int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String file = files.register(today().minusDays(2));
            files.preReview(file);
            files.submit(file);
            ids.add(file);
        }
        return ids;
    }

    /** Waits until everything stored so far is published; returns the position. */
    private long publishedUpToNow() {
        return await("the publisher caught up")
                .atMost(PUBLISHED_WITHIN)
                .until(() -> progress.status(), s -> s.lag() == 0).position();
    }

    private static long inMemoryPosition(TrackingEventProcessor processor) {
        return processor.processingStatus().values().stream()
                .mapToLong(s -> s.getCurrentPosition().orElse(0)).min().orElse(0);
    }

    private TrackingEventProcessor processor() {
        return axon.configuration().eventProcessingConfiguration()
                .eventProcessor(AxonSetup.PUBLISHER_PROCESSOR, TrackingEventProcessor.class).orElseThrow();
    }
}
