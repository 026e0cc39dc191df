package cn.kaoping.publicity.support;

import cn.kaoping.contracts.Actor;
import cn.kaoping.contracts.DomainEvent;
import cn.kaoping.contracts.EventEnvelope;
import cn.kaoping.contracts.Topics;
import cn.kaoping.contracts.evaluation.EvaluationEvent;
import cn.kaoping.testkit.Infrastructure;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Plays evaluation-service: produces evaluation events, wrapped in their CloudEvents envelope, to
 * {@code kaoping.evaluation.events.v1} with a plain Kafka producer, keyed by subject as evaluation-service does.
 */
public final class EvaluationFeed implements AutoCloseable {

    public static final String SOURCE = "/kaoping/evaluation-service";

    private static EvaluationFeed shared;

    private final KafkaProducer<String, String> producer;

    private EvaluationFeed() {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Infrastructure.shared().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
                ProducerConfig.LINGER_MS_CONFIG, "0",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()));
    }

    public static synchronized EvaluationFeed shared() {
        if (shared == null) {
            shared = new EvaluationFeed();
        }
        return shared;
    }

    /** Wraps the event under a new id and sends it; returns the envelope (its id is what the projection records). */
    public EventEnvelope send(EvaluationEvent event) {
        EventEnvelope envelope = envelope(event);
        sendEnvelope(envelope);
        return envelope;
    }

    public static EventEnvelope envelope(EvaluationEvent event) {
        return EventEnvelope.wrap(UUID.randomUUID().toString(), SOURCE, event.subject(), actor(event),
                event.occurredAt(), (DomainEvent) event);
    }

    /** Sends an envelope as it is: sending one twice is a redelivery. */
    public void sendEnvelope(EventEnvelope envelope) {
        sendRaw(envelope.subject(), envelope.toJson());
    }

    /** Any value at all (a poison record, for instance). */
    public void sendRaw(String key, String value) {
        try {
            producer.send(new ProducerRecord<>(Topics.EVALUATION_EVENTS, key, value)).get(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not take the record", e);
        }
    }

    private static Actor actor(EvaluationEvent event) {
        return EvaluationEvent.SYSTEM_ACTOR.equals(event.actorId()) ? Actor.system("deadline-scheduler")
                : new Actor(event.actorId(), event.actorId(), java.util.List.of("REVIEWER"));
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
