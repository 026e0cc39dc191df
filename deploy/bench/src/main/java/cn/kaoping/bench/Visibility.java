package cn.kaoping.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * W2: how long after evaluation-service accepted a review the file counts in publicity-service's monthly list, at a
 * steady rate (open loop: commands are sent on schedule whether or not earlier ones are done). "Counts in the list"
 * is read where the list is computed from: publicity's case-file row carrying the card (polled every 5 ms). The
 * baseline is one Kafka record's produce-to-consume time on the same broker, at the same rate.
 */
final class Visibility {

    private Visibility() {
    }

    /** Accept-to-visible latencies (µs) of reviews sent at {@code perSecond} for {@code duration}. */
    static Histogram reviewsToPublicity(Bureau bureau, Queue<String> files, int perSecond, Duration duration,
                                        String publicityJdbc, String user, String password) throws Exception {
        Map<String, Long> acceptedAt = new ConcurrentHashMap<>();
        Histogram latency = new Histogram(600_000_000L, 3);
        AtomicLong sent = new AtomicLong();
        ScheduledExecutorService senders = Executors.newScheduledThreadPool(16);
        long periodNanos = 1_000_000_000L / perSecond;
        long count = duration.toSeconds() * perSecond;
        for (long i = 0; i < count; i++) {
            senders.schedule(() -> {
                String file = files.poll();
                if (file != null && bureau.review(file) / 100 == 2) {
                    acceptedAt.put(file, System.nanoTime());
                    sent.incrementAndGet();
                }
            }, i * periodNanos, TimeUnit.NANOSECONDS);
        }
        senders.shutdown();
        long give = System.nanoTime() + duration.plusSeconds(60).toNanos();
        try (Connection c = DriverManager.getConnection(publicityJdbc, user, password);
             PreparedStatement seen = c.prepareStatement(
                     "SELECT case_file_id FROM case_file WHERE card_round IS NOT NULL AND case_file_id = ANY (?)")) {
            while ((!senders.isTerminated() || !acceptedAt.isEmpty()) && System.nanoTime() < give) {
                List<String> pending = new ArrayList<>(acceptedAt.keySet());
                if (!pending.isEmpty()) {
                    Array ids = c.createArrayOf("text", pending.toArray());
                    seen.setArray(1, ids);
                    long now = System.nanoTime();
                    try (ResultSet rows = seen.executeQuery()) {
                        while (rows.next()) {
                            Long at = acceptedAt.remove(rows.getString(1));
                            if (at != null) {
                                latency.recordValue(Math.max(0, (now - at) / 1_000));
                            }
                        }
                    }
                }
                Thread.sleep(5);
            }
        }
        if (!acceptedAt.isEmpty()) {
            throw new IllegalStateException(acceptedAt.size() + " accepted reviews never showed in publicity's list");
        }
        return latency;
    }

    /** Produce-to-consume latencies (µs) of one record at a time, at {@code perSecond}, on the same broker. */
    static Histogram kafkaRoundTrip(String bootstrap, int perSecond, Duration duration) throws Exception {
        String topic = "bench.roundtrip." + System.nanoTime();
        Histogram latency = new Histogram(600_000_000L, 3);
        Properties producerProps = new Properties();
        producerProps.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
        producerProps.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        producerProps.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producerProps.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        Properties consumerProps = new Properties();
        consumerProps.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        consumerProps.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumerProps.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumerProps.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProps);
             KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProps)) {
            producer.send(new ProducerRecord<>(topic, "warm-up", Long.toString(System.nanoTime()))).get();
            // The broker's default is several partitions: read them all.
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            long count = duration.toSeconds() * perSecond;
            long period = 1_000_000_000L / perSecond;
            long next = System.nanoTime();
            long received = 0;
            long sentCount = 0;
            long give = System.nanoTime() + duration.plusSeconds(30).toNanos();
            while (received < count && System.nanoTime() < give) {
                if (sentCount < count && System.nanoTime() >= next) {
                    producer.send(new ProducerRecord<>(topic, "k", Long.toString(System.nanoTime())));
                    sentCount++;
                    next += period;
                }
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(1))) {
                    latency.recordValue(Math.max(0, (System.nanoTime() - Long.parseLong(r.value())) / 1_000));
                    received++;
                }
            }
        }
        return latency;
    }
}
