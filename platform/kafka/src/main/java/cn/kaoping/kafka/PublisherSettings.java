package cn.kaoping.kafka;

import java.util.Map;
import java.util.Objects;

/**
 * Settings of an {@link EventPublisher}.
 *
 * @param bootstrapServers  Kafka bootstrap servers, e.g. {@code localhost:9092}
 * @param clientId          client id shown in broker logs and client metrics, e.g. {@code evaluation-publisher}
 * @param extraProperties   further producer properties (security, timeouts, compression...); they may not
 *                          weaken acks=all, idempotence or max.in.flight.requests.per.connection ≤ 5
 */
public record PublisherSettings(String bootstrapServers, String clientId, Map<String, String> extraProperties) {

    public PublisherSettings {
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        Objects.requireNonNull(clientId, "clientId");
        extraProperties = extraProperties == null ? Map.of() : Map.copyOf(extraProperties);
    }

    public PublisherSettings(String bootstrapServers, String clientId) {
        this(bootstrapServers, clientId, Map.of());
    }
}
