package cn.kaoping.evaluation.infrastructure.axon;

import cn.kaoping.contracts.Json;
import cn.kaoping.evaluation.query.SynchronousReadModel;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;
import org.jboss.logging.Logger;

/**
 * Axon Framework 4 without Spring and without Axon Server: JDBC event store and token store in this service's
 * PostgreSQL database, Jackson everywhere, Quarkus' (Narayana) transactions. The contributions of the service
 * (aggregates, injectable resources, event handlers) come from {@link AxonModule} beans; every
 * {@link SynchronousReadModel} bean is registered here on {@link #READ_MODEL_PROCESSOR}.
 *
 * <p>One command = one JTA transaction: the unit of work of the command bus begins it, the event store appends
 * in it, the read models of {@link #READ_MODEL_PROCESSOR} write in it (subscribing processor, same thread, in the
 * prepare-commit phase), and it commits after all of them. A read model that fails rolls the append back.
 */
@ApplicationScoped
public class AxonSetup {

    /** The tracking processor that publishes the event store to Kafka; its token lives in {@code token_entry}. */
    public static final String PUBLISHER_PROCESSOR = "kafka-publisher";
    /** Subscribing processor: read models updated in the command's transaction. */
    public static final String READ_MODEL_PROCESSOR = "read-models";

    private static final Logger LOG = Logger.getLogger(AxonSetup.class);

    private final Configuration configuration;

    AxonSetup(DataSource dataSource, jakarta.transaction.TransactionManager jta, Instance<AxonModule> modules,
              Instance<SynchronousReadModel> readModels) {
        TransactionManager transactions = new JtaTransactionManager(jta);
        // Not Axon's UnitOfWorkAwareConnectionProviderWrapper: it commits the connection itself, which a
        // JTA-enlisted connection refuses. Agroal hands every caller within one transaction its one connection.
        ConnectionProvider connections = new DataSourceConnectionProvider(dataSource);
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
                        .persistenceExceptionResolver(new PostgresDuplicateKeys())
                        .eventSerializer(serializer)
                        .snapshotSerializer(serializer)
                        .build())
                .registerComponent(TokenStore.class, c -> JdbcTokenStore.builder()
                        .connectionProvider(connections)
                        .serializer(serializer)
                        .schema(SnakeCaseSchemas.tokens())
                        .claimTimeout(Duration.ofSeconds(10))
                        .build());
        EventProcessingConfigurer processing = configurer.eventProcessing();
        processing.usingSubscribingEventProcessors()
                .registerSubscribingEventProcessor(READ_MODEL_PROCESSOR)
                .assignHandlerInstancesMatching(READ_MODEL_PROCESSOR, SynchronousReadModel.class::isInstance)
                // Axon's default only logs a handler's failure: the command would commit without its read model.
                .registerListenerInvocationErrorHandler(READ_MODEL_PROCESSOR, c -> PropagatingErrorHandler.instance())
                .registerErrorHandler(READ_MODEL_PROCESSOR, c -> PropagatingErrorHandler.instance())
                .registerTrackingEventProcessor(PUBLISHER_PROCESSOR,
                        c -> c.eventStore(),
                        c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andBatchSize(100)
                                .andEventAvailabilityTimeout(200, TimeUnit.MILLISECONDS));
        for (SynchronousReadModel readModel : readModels) {
            processing.registerEventHandler(c -> readModel);
        }
        for (AxonModule module : modules) {
            module.contributeTo(configurer);
        }
        this.configuration = configurer.buildConfiguration();
    }

    /** Before the service's own start-up work (the default rulebook, the deadline scheduler) needs Axon. */
    void start(@Observes @Priority(Interceptor.Priority.LIBRARY_BEFORE) StartupEvent event) {
        configuration.start();
        LOG.info("Axon started: JDBC event store, read models on " + READ_MODEL_PROCESSOR + ", tracking processor "
                + PUBLISHER_PROCESSOR);
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
