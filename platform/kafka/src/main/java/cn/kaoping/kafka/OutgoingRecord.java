package cn.kaoping.kafka;

import java.util.Map;
import java.util.Objects;

/**
 * One record to publish: topic, key (decides the partition, so it orders the records of one case file),
 * JSON value and string headers.
 */
public record OutgoingRecord(String topic, String key, String value, Map<String, String> headers) {

    public OutgoingRecord {
        Objects.requireNonNull(topic, "topic");
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    public OutgoingRecord(String topic, String key, String value) {
        this(topic, key, value, Map.of());
    }
}
