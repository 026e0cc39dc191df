package cn.kaoping.evaluation.infrastructure.publishing;

import cn.kaoping.kafka.EventPublisher;
import cn.kaoping.kafka.PublisherSettings;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The one idempotent producer (acks=all) of the service, with its metrics in the service's registry. */
@ApplicationScoped
public class KafkaPublisherProducer {

    @Produces
    @Singleton
    EventPublisher eventPublisher(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                                  PublishingSettings settings, MeterRegistry registry) {
        return new EventPublisher(new PublisherSettings(bootstrapServers, settings.clientId(), settings.producer()),
                registry);
    }

    void close(@Disposes EventPublisher publisher) {
        publisher.close();
    }
}
