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

    /** Off in a service that publishes otherwise (evaluation-service, from its event store), or in a test that must keep the rows. */
    @WithDefault("true")
    boolean enabled();
}
