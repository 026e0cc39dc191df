package cn.kaoping.evaluation.infrastructure.publishing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/**
 * {@code kaoping.publishing.*}: how the event store is published to Kafka. The brokers come from
 * {@code kafka.bootstrap.servers}, shared with the Kafka health check.
 */
@ConfigMapping(prefix = "kaoping.publishing")
public interface PublishingSettings {

    /** Kafka client id of the producer, shown in broker logs and client metrics. */
    @WithDefault("evaluation-service-publisher")
    String clientId();

    /**
     * Further producer properties ({@code kaoping.publishing.producer."delivery.timeout.ms"=20000}); they may
     * not weaken acks=all or idempotence. Keep delivery.timeout.ms well below the transaction timeout: the
     * processor's transaction stays open while it waits for the acknowledgements.
     */
    Map<String, String> producer();

    /** Readiness turns DOWN when events wait to be published and the token has not moved for this long. */
    @WithDefault("60s")
    Duration stuckAfter();
}
