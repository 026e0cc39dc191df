package cn.kaoping.kafka;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Settings of a {@link ProjectionRunner}.
 *
 * @param bootstrapServers Kafka bootstrap servers
 * @param consumerName     the consumer group id, the key of the stored offsets and the suffix of the
 *                         dead-letter topic ({@link DeadLetters#topicFor}); e.g. {@code publicity-monthly-list}.
 *                         Changing it starts the projection from scratch.
 * @param topics           topics to consume
 * @param maxPollRecords   records per poll, hence per database transaction
 * @param extraProperties  further consumer properties (security, session timeout...); those the dead-letter
 *                         producer understands are passed to it too. They may not change read_committed,
 *                         auto commit off or the group id.
 */
public record ConsumerSettings(String bootstrapServers, String consumerName, List<String> topics,
                               int maxPollRecords, Map<String, String> extraProperties) {

    public static final int DEFAULT_MAX_POLL_RECORDS = 500;

    public ConsumerSettings {
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        DeadLetters.requireValidConsumerName(consumerName);
        topics = List.copyOf(topics);
        if (topics.isEmpty()) {
            throw new IllegalArgumentException("At least one topic is needed");
        }
        if (maxPollRecords < 1) {
            throw new IllegalArgumentException("maxPollRecords must be positive: " + maxPollRecords);
        }
        extraProperties = extraProperties == null ? Map.of() : Map.copyOf(extraProperties);
    }

    public ConsumerSettings(String bootstrapServers, String consumerName, List<String> topics) {
        this(bootstrapServers, consumerName, topics, DEFAULT_MAX_POLL_RECORDS, Map.of());
    }
}
