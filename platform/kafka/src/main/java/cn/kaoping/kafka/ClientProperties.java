package cn.kaoping.kafka;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** Builds Kafka client properties: our defaults, then the caller's extras, then the settings we rely on. */
final class ClientProperties {

    private final Map<String, Object> properties = new HashMap<>();

    ClientProperties defaults(Map<String, ?> defaults) {
        properties.putAll(defaults);
        return this;
    }

    ClientProperties extras(Map<String, String> extras) {
        properties.putAll(extras);
        return this;
    }

    /**
     * A guarantee the plumbing depends on (idempotence, read_committed, no auto commit...). An extra that
     * contradicts it is a configuration error, not something to override silently.
     */
    ClientProperties require(String name, Object value) {
        Object given = properties.get(name);
        if (given != null && !Objects.equals(String.valueOf(given), String.valueOf(value))) {
            throw new IllegalArgumentException(
                    "Kafka property " + name + "=" + given + " is not allowed here; it must be " + value);
        }
        properties.put(name, value);
        return this;
    }

    ClientProperties set(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    Map<String, Object> build() {
        return Map.copyOf(properties);
    }
}
