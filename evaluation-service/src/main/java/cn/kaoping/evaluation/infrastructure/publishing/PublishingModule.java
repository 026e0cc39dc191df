package cn.kaoping.evaluation.infrastructure.publishing;

import cn.kaoping.evaluation.infrastructure.axon.AxonModule;
import cn.kaoping.evaluation.infrastructure.axon.AxonSetup;
import jakarta.inject.Singleton;
import java.util.List;
import org.axonframework.config.Configurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;

/**
 * Puts the {@link EventStorePublisher} on the tracking processor {@link AxonSetup#PUBLISHER_PROCESSOR}.
 * Its failures must reach the processor (Axon's default handler would only log them and move the token on,
 * losing the events): the processor then rolls back and retries from the stored token.
 *
 * <p>The actor's name and roles that a command carries as {@link ActorMetaData} are copied onto the events it
 * causes, so the CloudEvents {@code actor} on Kafka names who did it, not only an id.
 */
@Singleton
public class PublishingModule implements AxonModule {

    private final EventStorePublisher publisher;

    PublishingModule(EventStorePublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void contributeTo(Configurer configurer) {
        configurer.configureCorrelationDataProviders(c -> List.of(
                new MessageOriginProvider(),
                new SimpleCorrelationDataProvider(ActorMetaData.NAME, ActorMetaData.ROLES)));
        configurer.eventProcessing()
                .registerEventHandler(c -> publisher)
                .registerListenerInvocationErrorHandler(AxonSetup.PUBLISHER_PROCESSOR,
                        c -> PropagatingErrorHandler.instance());
    }
}
