package cn.kaoping.evaluation.support;

import cn.kaoping.contracts.Json;
import cn.kaoping.contracts.Topics;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/** The evaluation topic as another service reads it: a plain KafkaConsumer from the beginning to the end. */
public final class EvaluationTopic {

    private final String bootstrapServers;

    public EvaluationTopic(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Every record of these keys now on the topic, per key in the order of the topic. */
    public Map<String, List<ConsumerRecord<String, String>>> recordsOf(Collection<String> keys) {
        Map<String, List<ConsumerRecord<String, String>>> byKey = new LinkedHashMap<>();
        for (String key : keys) {
            byKey.put(key, new ArrayList<>());
        }
        for (ConsumerRecord<String, String> record : readAll()) {
            List<ConsumerRecord<String, String>> ofKey = byKey.get(record.key());
            if (ofKey != null) {
                ofKey.add(record);
            }
        }
        return byKey;
    }

    /** For each key, the CloudEvents types of its envelopes in order (a re-published envelope id counted once). */
    public Map<String, List<String>> typesByKey(Set<String> keys) {
        Map<String, List<String>> types = new LinkedHashMap<>();
        recordsOf(keys).forEach((key, records) -> {
            Set<String> ids = new LinkedHashSet<>();
            List<String> ofKey = new ArrayList<>();
            for (ConsumerRecord<String, String> record : records) {
                JsonNode envelope = Json.read(record.value(), JsonNode.class);
                if (ids.add(envelope.get("id").asText())) {
                    ofKey.add(envelope.get("type").asText());
                }
            }
            types.put(key, ofKey);
        });
        return types;
    }

    /** The whole topic up to its current end, partition by partition. */
    public List<ConsumerRecord<String, String>> readAll() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties)) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.EVALUATION_EVENTS, Duration.ofSeconds(30))
                    .stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("could not read " + Topics.EVALUATION_EVENTS + " to its end " + end);
                }
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return records;
    }
}
