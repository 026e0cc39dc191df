package cn.kaoping.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/** Sends rejected records of one consumer to its dead-letter topic and waits for the acknowledgements. */
final class DeadLetterSender implements AutoCloseable {

    private final String consumerName;
    private final String topic;
    private final Producer<String, String> producer;
    private final List<Future<RecordMetadata>> unacknowledged = new ArrayList<>();

    DeadLetterSender(ConsumerSettings settings, String clientId) {
        this.consumerName = settings.consumerName();
        this.topic = DeadLetters.topicFor(consumerName);
        // Shared extras are mostly connection settings (security...); give the producer the ones it knows.
        Map<String, String> producerExtras = settings.extraProperties().entrySet().stream()
                .filter(e -> ProducerConfig.configNames().contains(e.getKey()))
                .filter(e -> !e.getKey().equals(ProducerConfig.CLIENT_ID_CONFIG))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        this.producer = new KafkaProducer<>(new ClientProperties()
                .defaults(Map.of(
                        // Bounded waits, so a Kafka outage fails the batch (and it is retried) in seconds.
                        ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000,
                        ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                        ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000,
                        ProducerConfig.LINGER_MS_CONFIG, 0))
                .extras(producerExtras)
                .set(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers())
                .set(ProducerConfig.CLIENT_ID_CONFIG, clientId)
                .require(ProducerConfig.ACKS_CONFIG, "all")
                .require(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true")
                .set(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName())
                .set(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName())
                .build());
    }

    String topic() {
        return topic;
    }

    /** Sends without waiting; {@link #awaitAcknowledgements()} waits for all sent since the last call. */
    void send(ConsumerRecord<String, String> record, Throwable error, Instant now) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            if (!header.key().startsWith(DeadLetters.TOPIC_PREFIX)) { // a replayed dead letter gets fresh ones
                headers.add(header);
            }
        }
        add(headers, DeadLetters.ORIGINAL_TOPIC, record.topic());
        add(headers, DeadLetters.ORIGINAL_PARTITION, Integer.toString(record.partition()));
        add(headers, DeadLetters.ORIGINAL_OFFSET, Long.toString(record.offset()));
        add(headers, DeadLetters.EXCEPTION_CLASS, error.getClass().getName());
        add(headers, DeadLetters.EXCEPTION_MESSAGE, error.getMessage() == null ? "" : error.getMessage());
        add(headers, DeadLetters.EXCEPTION_STACK_TRACE, stackTrace(error));
        add(headers, DeadLetters.CONSUMER, consumerName);
        add(headers, DeadLetters.TIME, now.toString());
        unacknowledged.add(producer.send(new ProducerRecord<>(topic, null, record.key(), record.value(), headers)));
    }

    /** Blocks until every dead letter sent so far is acknowledged; throws if one is not. */
    void awaitAcknowledgements() throws InterruptedException {
        if (unacknowledged.isEmpty()) {
            return;
        }
        try {
            producer.flush();
            for (Future<RecordMetadata> ack : unacknowledged) {
                try {
                    ack.get();
                } catch (ExecutionException e) {
                    throw new DeadLetterFailedException(topic, e.getCause());
                }
            }
        } finally {
            unacknowledged.clear();
        }
    }

    /** Forgets pending acknowledgements of a batch that is being rolled back (a retry sends them again). */
    void discardPending() {
        unacknowledged.clear();
    }

    private static void add(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String stackTrace(Throwable error) {
        StringWriter text = new StringWriter();
        error.printStackTrace(new PrintWriter(text));
        String trace = text.toString();
        return trace.length() <= DeadLetters.MAX_STACK_TRACE_CHARS
                ? trace : trace.substring(0, DeadLetters.MAX_STACK_TRACE_CHARS);
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }

    static final class DeadLetterFailedException extends RuntimeException {
        DeadLetterFailedException(String topic, Throwable cause) {
            super("Dead letter not acknowledged on " + topic + ": " + cause, cause);
        }
    }
}
