package cn.kaoping.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * W3: a projection rebuild (clear, replay the topics from the start) in events per second, against a plain Kafka
 * consumer reading the same topics from the start to their current end (no database, no parsing).
 */
final class Rebuild {

    private Rebuild() {
    }

    /**
     * Events per second of a rebuild of the service's projection: the records it applies again (its
     * {@code kaoping.consumer.applied} counter on /q/metrics grows by {@code records}) over the time they take. The lag
     * alone would not do: it is refreshed about once a second, so it can still read 0 just after the rebuild began.
     */
    static double rebuildRate(Http http, String baseUrl, String adminToken, long records) throws InterruptedException {
        double before = applied(http, baseUrl);
        long began = System.nanoTime();
        http.required(http.post(baseUrl + "/api/v1/projections/rebuild", adminToken, null), "rebuild");
        long give = began + Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < give) {
            if (applied(http, baseUrl) >= before + records) {
                return records / ((System.nanoTime() - began) / 1e9);
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("the rebuild of " + baseUrl + " did not catch up within 10 minutes");
    }

    /** The projection's applied-records counter, summed over its consumers. */
    private static double applied(Http http, String baseUrl) {
        String metrics = http.text(baseUrl + "/q/metrics");
        double total = 0;
        for (String line : metrics.split("\n")) {
            if (line.startsWith("kaoping_consumer_applied_total{")) {
                total += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return total;
    }

    /** Records on the topics now (from their start). */
    static long records(String bootstrap, List<String> topics) {
        try (KafkaConsumer<String, String> consumer = consumer(bootstrap)) {
            List<TopicPartition> partitions = partitions(consumer, topics);
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            return partitions.stream().mapToLong(p -> end.get(p) - begin.get(p)).sum();
        }
    }

    /** Events per second of a plain consumer reading the topics from their start to their current end. */
    static double plainConsumerRate(String bootstrap, List<String> topics) {
        try (KafkaConsumer<String, String> consumer = consumer(bootstrap)) {
            List<TopicPartition> partitions = partitions(consumer, topics);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long total = partitions.stream().mapToLong(end::get).sum()
                    - consumer.beginningOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long began = System.nanoTime();
            long read = 0;
            while (read < total) {
                read += consumer.poll(Duration.ofMillis(100)).count();
            }
            return total / ((System.nanoTime() - began) / 1e9);
        }
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, String> consumer, List<String> topics) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            for (PartitionInfo info : consumer.partitionsFor(topic, Duration.ofSeconds(10))) {
                partitions.add(new TopicPartition(topic, info.partition()));
            }
        }
        return partitions;
    }

    private static KafkaConsumer<String, String> consumer(String bootstrap) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "500");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return new KafkaConsumer<>(props);
    }
}
