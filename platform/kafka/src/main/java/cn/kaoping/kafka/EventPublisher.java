package cn.kaoping.kafka;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Publishes batches of records synchronously with an idempotent producer (acks=all): {@link #publish} returns
 * only when every record of the batch is acknowledged, and throws otherwise. The caller (the tracking event
 * processor of evaluation-service) then does not advance its token, so nothing is lost; a retry may publish
 * some records twice, which consumers tolerate (at least once; they store offsets with their projections).
 *
 * <p>Records with the same key go to the same partition in the order given (idempotence keeps that order even
 * when the producer retries). When a call fails, though, a record may have been refused (a metadata timeout
 * fails its future at once) while a later record of the same key was written: the caller's retry then puts the
 * earlier record after the later one. A caller that needs every record of a key to follow all its predecessors
 * on the topic, even across failures, sends at most one record per key per call (evaluation-service's
 * {@code KeyWaves} does). Thread-safe: one publisher may be shared.
 */
public final class EventPublisher implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EventPublisher.class);
    private static final int MAX_IN_FLIGHT = 5;

    private final Producer<String, String> producer;
    private final MeterRegistry registry;
    private final Counter published;
    private final Counter failed;
    private final Timer latency;

    public EventPublisher(PublisherSettings settings) {
        this(settings, null);
    }

    /** @param registry where to report metrics; {@code null} keeps them private to this publisher */
    public EventPublisher(PublisherSettings settings, MeterRegistry registry) {
        this.producer = new KafkaProducer<>(producerProperties(settings));
        this.registry = registry == null ? new SimpleMeterRegistry() : registry;
        String client = settings.clientId();
        this.published = Counter.builder("kaoping.publisher.published").tag("client", client)
                .description("Records acknowledged by Kafka").register(this.registry);
        this.failed = Counter.builder("kaoping.publisher.failed").tag("client", client)
                .description("Records that Kafka did not acknowledge").register(this.registry);
        this.latency = Timer.builder("kaoping.publisher.publish").tag("client", client)
                .description("Time to publish one batch and receive every acknowledgement").register(this.registry);
    }

    static Map<String, Object> producerProperties(PublisherSettings settings) {
        String inFlight = settings.extraProperties().get(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION);
        if (inFlight != null && Integer.parseInt(inFlight.trim()) > MAX_IN_FLIGHT) {
            throw new IllegalArgumentException(
                    "max.in.flight.requests.per.connection must be at most " + MAX_IN_FLIGHT + " to keep order");
        }
        return new ClientProperties()
                .defaults(Map.of(
                        ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, MAX_IN_FLIGHT,
                        // A few milliseconds of lingering fills batches (measured: ~2.5x throughput here).
                        ProducerConfig.LINGER_MS_CONFIG, 5,
                        ProducerConfig.BATCH_SIZE_CONFIG, 128 * 1024))
                .extras(settings.extraProperties())
                .set(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers())
                .set(ProducerConfig.CLIENT_ID_CONFIG, settings.clientId())
                .require(ProducerConfig.ACKS_CONFIG, "all")
                .require(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true")
                .set(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName())
                .set(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName())
                .build();
    }

    /** Publishes one record and waits for its acknowledgement. */
    public void publish(OutgoingRecord record) {
        publish(List.of(record));
    }

    /**
     * Sends every record of the batch and waits until all are acknowledged.
     *
     * @throws PublishException if any record was not acknowledged (some others may have been: at least once)
     */
    public void publish(List<OutgoingRecord> batch) {
        if (batch.isEmpty()) {
            return;
        }
        Timer.Sample sample = Timer.start(registry);
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        Throwable failure = null;
        try {
            for (OutgoingRecord record : batch) {
                acks.add(producer.send(toProducerRecord(record)));
            }
        } catch (KafkaException | IllegalStateException e) {
            failure = e; // the records sent so far are still awaited below, so none is left unaccounted
        }
        int acknowledged = 0;
        try {
            producer.flush(); // do not wait for linger.ms: the caller is blocked on us
            for (Future<RecordMetadata> ack : acks) {
                try {
                    ack.get();
                    acknowledged++;
                } catch (ExecutionException e) {
                    if (failure == null) {
                        failure = e.getCause();
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = e;
        } catch (InterruptException e) { // Kafka's own, thrown by flush(); it keeps the interrupt flag set
            failure = e;
        } finally {
            sample.stop(latency);
            published.increment(acknowledged);
            failed.increment(batch.size() - acknowledged);
        }
        if (failure != null) {
            LOG.warnf("Publishing failed: %d of %d records acknowledged: %s", acknowledged, batch.size(), failure);
            throw new PublishException("Kafka acknowledged " + acknowledged + " of " + batch.size()
                    + " records: " + failure, failure);
        }
    }

    private static ProducerRecord<String, String> toProducerRecord(OutgoingRecord record) {
        RecordHeaders headers = new RecordHeaders();
        record.headers().forEach((name, value) ->
                headers.add(name, value == null ? null : value.getBytes(StandardCharsets.UTF_8)));
        return new ProducerRecord<>(record.topic(), null, record.key(), record.value(), headers);
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
        registry.remove(published);
        registry.remove(failed);
        registry.remove(latency);
    }
}
