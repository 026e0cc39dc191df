package cn.kaoping.kafka;

import cn.kaoping.servers.Infrastructure;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.hamcrest.Matchers;

/** The real broker and database of the test kit, plus small conveniences for these tests. */
final class Plumbing {

    static final String DATABASE = "kafka_plumbing";

    private Plumbing() {
    }

    static String bootstrapServers() {
        return Infrastructure.shared().bootstrapServers();
    }

    private static volatile boolean migrated;

    /** The test database, with the platform's tables created by its migration script (as Flyway would). */
    static DataSource dataSource() {
        Infrastructure infrastructure = Infrastructure.shared();
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(infrastructure.jdbcUrl(DATABASE));
        dataSource.setUser(infrastructure.username());
        dataSource.setPassword(infrastructure.password());
        migrate(dataSource);
        return dataSource;
    }

    private static synchronized void migrate(DataSource dataSource) {
        if (migrated) {
            return;
        }
        String resource = OffsetStore.MIGRATIONS + "/V0_1__kaoping_platform.sql";
        try (var in = Plumbing.class.getClassLoader().getResourceAsStream(resource);
             Connection connection = dataSource.getConnection();
             var statement = connection.createStatement()) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            statement.execute(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            migrated = true;
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Cannot apply " + resource, e);
        }
    }

    /** A name no other test uses: topics, consumer groups and tables stay apart. */
    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static void createTopic(String topic, int partitions) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("Cannot create topic " + topic, e);
        }
    }

    /** Every record of the topic from the beginning, waiting until {@code expected} have arrived. */
    static List<ConsumerRecord<String, String>> readTopic(String topic, int expected, Duration timeout) {
        try (KafkaConsumer<String, String> reader = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()))) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo info : reader.partitionsFor(topic, Duration.ofSeconds(10))) {
                partitions.add(new TopicPartition(topic, info.partition()));
            }
            reader.assign(partitions);
            reader.seekToBeginning(partitions);
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            long deadline = System.nanoTime() + timeout.toNanos();
            while (records.size() < expected && System.nanoTime() < deadline) {
                reader.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            // A moment more, so that a test expecting N records would also see an N+1st.
            reader.poll(Duration.ofMillis(300)).forEach(records::add);
            return records;
        }
    }

    /**
     * Publishes {@code count} counting events round-robin over {@code keys} keys, in batches of 50.
     *
     * @return how many events each key got
     */
    static Map<String, Integer> publishEvents(EventPublisher publisher, String topic, int keys, int count) {
        Map<String, Integer> perKey = new TreeMap<>();
        List<OutgoingRecord> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String key = "k" + (i % keys);
            int seq = perKey.merge(key, 1, Integer::sum);
            batch.add(new OutgoingRecord(topic, key, CountingProjection.event(key, seq)));
            if (batch.size() == 50 || i == count - 1) {
                publisher.publish(batch);
                batch = new ArrayList<>();
            }
        }
        return perKey;
    }

    static Map<String, Integer> sum(Map<String, Integer> a, Map<String, Integer> b) {
        Map<String, Integer> total = new TreeMap<>(a);
        b.forEach((key, n) -> total.merge(key, n, Integer::sum));
        return total;
    }

    static EventPublisher publisher() {
        return new EventPublisher(new PublisherSettings(bootstrapServers(), unique("test-publisher")));
    }

    static void await(String what, Duration timeout, BooleanSupplier condition) {
        Awaitility.await(what).atMost(timeout).pollInterval(Duration.ofMillis(50)).until(condition::getAsBoolean);
    }

    /**
     * Asserts that the value does not change for {@code duration}: a duplicate or a late record would arrive
     * within it, so "nothing more happened" is watched, not hoped for after a sleep.
     */
    static void staysAt(Duration duration, Supplier<?> value) {
        Object now = value.get();
        Awaitility.await("no change for " + duration).during(duration).atMost(duration.plusSeconds(5))
                .pollInterval(Duration.ofMillis(50)).until(value::get, Matchers.equalTo(now));
    }

    /** A port nothing listens on: a broker that cannot be reached. */
    static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sum of the next offsets a consumer stored: the number of records it committed, on gapless topics. */
    static long storedOffsetSum(DataSource dataSource, String consumerName) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT coalesce(sum(next_offset), 0) FROM consumer_offset WHERE consumer_name = ?")) {
            select.setString(1, consumerName);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
