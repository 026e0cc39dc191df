package cn.kaoping.servers;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaBrokerProcessTest {

    @Test
    void acceptsRecordsAndKeepsThemWhenKilledAndStartedAgainOnTheSamePort() throws Exception {
        try (KafkaBrokerProcess broker = KafkaBrokerProcess.builder().start()) {
            int port = broker.port();
            broker.createTopics(3, "kaoping.test.events.v1");
            broker.createTopics(3, "kaoping.test.events.v1"); // idempotent
            assertThat(broker.admin().describeTopics(List.of("kaoping.test.events.v1")).allTopicNames()
                    .get(10, TimeUnit.SECONDS).get("kaoping.test.events.v1").partitions()).hasSize(3);
            produce(broker, "before-crash");
            long firstPid = broker.pid();

            broker.kill();

            assertThat(broker.isRunning()).isFalse();
            assertThat(Processes.isRunning(firstPid)).isFalse();
            assertThat(FreePorts.isFree(port)).isTrue();

            broker.start();

            assertThat(broker.port()).isEqualTo(port);
            produce(broker, "after-restart");
            assertThat(consumeAll(broker, 2)).containsExactlyInAnyOrder("before-crash", "after-restart");
        }
    }

    @Test
    void createsTopicsOnFirstUseAndStopsInOrder() throws Exception {
        KafkaBrokerProcess broker = KafkaBrokerProcess.builder().start();
        try {
            produce(broker, "auto-created");
            long pid = broker.pid();
            broker.stop();
            assertThat(Processes.isRunning(pid)).isFalse();
            assertThat(KafkaBrokerProcess.tail(broker.logFile(), 200)).contains("shut down completed");
        } finally {
            broker.close();
        }
        assertThat(broker.dataDirectory()).doesNotExist();
    }

    static void produce(KafkaBrokerProcess broker, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("kaoping.test.events.v1", "case-1", value)).get(30, TimeUnit.SECONDS);
        }
    }

    static List<String> consumeAll(KafkaBrokerProcess broker, int expected) {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "testkit-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("kaoping.test.events.v1"));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (values.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    values.add(r.value());
                }
            }
        }
        return values;
    }
}
