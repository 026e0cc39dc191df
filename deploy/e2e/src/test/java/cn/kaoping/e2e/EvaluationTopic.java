package cn.kaoping.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaoping.contracts.EventEnvelope;
import cn.kaoping.contracts.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/** The evaluation topic as any consumer sees it: a plain KafkaConsumer from the beginning of every partition. */
final class EvaluationTopic {

    /** One record: its key, where it is, and its CloudEvents envelope. */
    record Published(String key, int partition, long offset, EventEnvelope envelope) {
    }

    private EvaluationTopic() {
    }

    /**
     * The records grouped by key, each group in offset order (one key, one partition); a re-published event (at
     * least once: the same envelope id) is kept once, where it first appeared. Reads until {@code complete} holds
     * or {@code wait} has passed.
     */
    static Map<String, List<Published>> read(String bootstrapServers, Duration wait,
                                             Predicate<Map<String, List<Published>>> complete) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "kaoping-e2e-reader");
        Map<String, List<Published>> byKey = new LinkedHashMap<>();
        Map<String, Published> seen = new LinkedHashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties)) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.EVALUATION_EVENTS, Duration.ofSeconds(30))
                    .stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + wait.toNanos();
            while (!complete.test(byKey) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    EventEnvelope envelope = EventEnvelope.fromJson(record.value());
                    Published published = new Published(record.key(), record.partition(), record.offset(), envelope);
                    Published earlier = seen.putIfAbsent(envelope.id(), published);
                    if (earlier != null) {
                        assertThat(envelope.type()).as("a re-published event is the same event")
                                .isEqualTo(earlier.envelope().type());
                        continue;
                    }
                    byKey.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(published);
                }
            }
        }
        return byKey;
    }
}
