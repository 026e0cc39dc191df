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
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
     * @throws PublishException if any record was not acknowledged (some others may have been: at least once); its
     *                          {@link PublishException#refused()} names the records Kafka refuses for good
     */
    public void publish(List<OutgoingRecord> batch) {
        Delivery delivery = publishEach(batch);
        if (!delivery.refused().isEmpty()) {
            throw new PublishException("Kafka refused " + delivery.refused().size() + " of " + batch.size()
                    + " records for good: " + delivery.refused().values().iterator().next(), delivery.refused());
        }
    }

    /**
     * Sends every record of the batch and waits for every answer; a record Kafka refuses for good (too large for the
     * producer or the broker, not serializable, an invalid topic) is reported in the answer, by its index, instead of
     * failing the batch: sending it again would fail again, forever, and hold up every record behind it. The caller
     * sets it aside (the outbox relay parks it) and goes on with the others.
     *
     * @throws PublishException if a record was not acknowledged for a reason that may pass (Kafka away, a timeout,
     *                          a fenced or unauthorized producer): the whole batch is to be sent again later
     */
    public Delivery publishEach(List<OutgoingRecord> batch) {
        if (batch.isEmpty()) {
            return new Delivery(0, Map.of());
        }
        Timer.Sample sample = Timer.start(registry);
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        Map<Integer, Throwable> refused = new TreeMap<>();
        Throwable failure = null;
        for (int i = 0; i < batch.size() && failure == null; i++) {
            try {
                acks.add(producer.send(toProducerRecord(batch.get(i))));
            } catch (KafkaException | IllegalStateException e) {
                if (refusesTheRecord(e)) {
                    refused.put(i, e); // this record only (it could not be serialized): the others still go
                    acks.add(null);
                } else {
                    failure = e; // the records sent so far are still awaited below, so none is left unaccounted
                }
            }
        }
        int acknowledged = 0;
        try {
            producer.flush(); // do not wait for linger.ms: the caller is blocked on us
            for (int i = 0; i < acks.size(); i++) {
                Future<RecordMetadata> ack = acks.get(i);
                if (ack == null) {
                    continue;
                }
                try {
                    ack.get();
                    acknowledged++;
                } catch (ExecutionException e) {
                    if (refusesTheRecord(e.getCause())) {
                        refused.put(i, e.getCause());
                    } else if (failure == null) {
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
        refused.forEach((index, reason) -> LOG.warnf("Kafka refused record %d of %d (topic %s, key %s) for good: %s",
                index + 1, batch.size(), batch.get(index).topic(), batch.get(index).key(), reason));
        return new Delivery(acknowledged, refused);
    }

    /**
     * Whether Kafka refuses this record for good, whatever the state of the cluster: sending it again cannot succeed.
     * Other non-retriable errors (authorization, a fenced producer) are about the producer, not the record: they fail
     * the batch, so that nothing is set aside while the configuration is being fixed.
     */
    static boolean refusesTheRecord(Throwable failure) {
        return failure instanceof RecordTooLargeException
                || failure instanceof RecordBatchTooLargeException
                || failure instanceof InvalidRecordException
                || failure instanceof InvalidTopicException
                || failure instanceof SerializationException;
    }

    /**
     * What became of a batch sent with {@link #publishEach}: how many records Kafka acknowledged, and those it refused
     * for good, by their index in the batch, with the reason.
     */
    public record Delivery(int acknowledged, Map<Integer, Throwable> refused) {

        public Delivery {
            refused = java.util.Collections.unmodifiableMap(new TreeMap<>(refused));
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
