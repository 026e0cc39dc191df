package cn.kaoping.runtime.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code kaoping.outbox.*}: how a service's own events leave its outbox for Kafka. */
@ConfigMapping(prefix = "kaoping.outbox")
public interface OutboxSettings {

    /** The CloudEvents {@code source} of the service's events. */
    @WithDefault("/kaoping/${quarkus.application.name}")
    String source();

    /** How often the relay looks for unsent rows when nobody wakes it. */
    @WithDefault("PT1S")
    Duration pollInterval();

    /** Rows per Kafka call and per transaction. */
    @WithDefault("100")
    int batchSize();

    /**
     * The largest request the relay's producer may send ({@code max.request.size}, Kafka's default 1 MB): the relay's
     * producer is configured with it, and {@link Outbox} refuses an event that would not fit in it, less
     * {@link Outbox#RECORD_OVERHEAD} for the key, the headers and the record's framing. The brokers' and topics'
     * {@code message.max.bytes} must be at least as large.
     */
    @WithDefault("1048576")
    int maxRequestSize();

    /** Off in a service that publishes otherwise (evaluation-service, from its event store), or in a test that must keep the rows. */
    @WithDefault("true")
    boolean enabled();
}
