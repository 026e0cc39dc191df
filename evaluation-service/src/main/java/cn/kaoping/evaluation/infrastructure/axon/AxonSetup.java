package cn.kaoping.evaluation.infrastructure.axon;

import cn.kaoping.contracts.Json;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import javax.sql.DataSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;
import org.jboss.logging.Logger;

/**
 * Axon Framework 4 without Spring and without Axon Server: JDBC event store and token store in this service's
 * PostgreSQL database, Jackson everywhere, Quarkus' transactions. The contributions of the domain (aggregates,
 * injectable resources, event handlers) come from {@link AxonModule} beans.
 */
@ApplicationScoped
public class AxonSetup {

    /** The tracking processor that publishes the event store to Kafka; its token lives in {@code token_entry}. */
    public static final String PUBLISHER_PROCESSOR = "kafka-publisher";
    /** Subscribing processor: read models updated in the command's transaction. */
    public static final String READ_MODEL_PROCESSOR = "read-models";

    private static final Logger LOG = Logger.getLogger(AxonSetup.class);

    private final Configuration configuration;

    AxonSetup(DataSource dataSource, jakarta.transaction.TransactionManager jta, Instance<AxonModule> modules) {
        TransactionManager transactions = new JtaTransactionManager(jta);
        var connections = new UnitOfWorkAwareConnectionProviderWrapper(new DataSourceConnectionProvider(dataSource));
        var serializer = JacksonSerializer.builder().objectMapper(Json.mapper().copy()).build();

        Configurer configurer = DefaultConfigurer.defaultConfiguration()
                .configureSerializer(c -> serializer)
                .configureMessageSerializer(c -> serializer)
                .configureEventSerializer(c -> serializer)
                .configureTransactionManager(c -> transactions)
                .configureEmbeddedEventStore(c -> JdbcEventStorageEngine.builder()
                        .connectionProvider(connections)
                        .transactionManager(transactions)
                        .schema(SnakeCaseSchemas.events())
                        .eventSerializer(serializer)
                        .snapshotSerializer(serializer)
                        .build())
                .registerComponent(TokenStore.class, c -> JdbcTokenStore.builder()
                        .connectionProvider(connections)
                        .serializer(serializer)
                        .schema(SnakeCaseSchemas.tokens())
                        .claimTimeout(Duration.ofSeconds(10))
                        .build());
        configurer.eventProcessing()
                .usingSubscribingEventProcessors()
                .registerTrackingEventProcessor(PUBLISHER_PROCESSOR,
                        c -> c.eventStore(),
                        c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andBatchSize(100)
                                .andEventAvailabilityTimeout(200, java.util.concurrent.TimeUnit.MILLISECONDS));
        for (AxonModule module : modules) {
            module.contributeTo(configurer);
        }
        this.configuration = configurer.buildConfiguration();
    }

    void start(@Observes StartupEvent event) {
        configuration.start();
        LOG.info("Axon started: JDBC event store, tracking processor " + PUBLISHER_PROCESSOR);
    }

    void stop(@Observes ShutdownEvent event) {
        configuration.shutdown();
    }

    @Produces
    @Singleton
    CommandGateway commandGateway() {
        return configuration.commandGateway();
    }

    @Produces
    @Singleton
    EventStore eventStore() {
        return configuration.eventStore();
    }

    public Configuration configuration() {
        return configuration;
    }
}
