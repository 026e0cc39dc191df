package cn.kaoping.kafka;

import java.util.Map;

/**
 * Thrown when at least one record of a batch was not acknowledged by the brokers. {@link #refused()} names, by their
 * index in the batch, the records Kafka refuses for good (too large...): sending those again cannot succeed.
 */
public class PublishException extends RuntimeException {

    private final transient Map<Integer, Throwable> refused;

    public PublishException(String message, Throwable cause) {
        super(message, cause);
        this.refused = Map.of();
    }

    public PublishException(String message, Map<Integer, Throwable> refused) {
        super(message, refused.isEmpty() ? null : refused.values().iterator().next());
        this.refused = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(refused));
    }

    /** The records Kafka refuses for good, by index in the batch (empty when the failure may pass). */
    public Map<Integer, Throwable> refused() {
        return refused;
    }
}
