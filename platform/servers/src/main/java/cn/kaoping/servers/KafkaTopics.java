package cn.kaoping.servers;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Creates topics on any Kafka cluster (embedded or external), leaving existing ones as they are. */
public final class KafkaTopics {

    private KafkaTopics() {
    }

    /**
     * @param keepForever no deletion by age or size: services rebuild projections by replaying from the start
     */
    public static void create(String bootstrapServers, int partitions, short replicationFactor, boolean keepForever, String... names) {
        List<NewTopic> topics = new ArrayList<>();
        for (String name : names) {
            NewTopic t = new NewTopic(name, partitions, replicationFactor);
            if (keepForever) {
                t.configs(Map.of("retention.ms", "-1", "retention.bytes", "-1"));
            }
            topics.add(t);
        }
        create(bootstrapServers, topics);
    }

    public static void create(String bootstrapServers, Collection<NewTopic> topics) {
        try (Admin admin = KitAdmin.create(Map.<String, Object>of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000))) {
            for (var entry : admin.createTopics(topics).values().entrySet()) {
                try {
                    entry.getValue().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create topic " + entry.getKey() + " on " + bootstrapServers, e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("topic creation timed out on " + bootstrapServers, e);
        }
    }
}
