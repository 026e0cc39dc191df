package cn.kaoping.runtime.projection;

import cn.kaoping.kafka.ConsumerSettings;
import cn.kaoping.kafka.ProjectionRunner;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the service's {@link EnvelopeProjection} (the one bean of that type the service produces, if any) with the
 * platform's {@link ProjectionRunner}: started with the application, closed at shutdown, restartable, rebuildable.
 * Its lag is the gauge {@code kaoping.consumer.lag{consumer=...}}. A service without a projection (evaluation)
 * has nothing to host: the host stays idle and adds no readiness check.
 */
@ApplicationScoped
public class ProjectionHost {

    private final Instance<EnvelopeProjection> projections;
    private final ProjectionSettings settings;
    private final AgroalDataSource dataSource;
    private final MeterRegistry metrics;
    private final String bootstrapServers;
    private ProjectionRunner runner;

    ProjectionHost(Instance<EnvelopeProjection> projections, ProjectionSettings settings,
                   AgroalDataSource dataSource, MeterRegistry metrics,
                   @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.projections = projections;
        this.settings = settings;
        this.dataSource = dataSource;
        this.metrics = metrics;
        this.bootstrapServers = bootstrapServers;
    }

    void onStart(@Observes StartupEvent event) {
        if (isHosting() && settings.enabled()) {
            start();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    /** Whether the service has a projection to host. */
    public boolean isHosting() {
        return projections.isResolvable();
    }

    public EnvelopeProjection projection() {
        return projections.get();
    }

    public synchronized void start() {
        if (runner == null) {
            EnvelopeProjection projection = projection();
            ConsumerSettings consumer = new ConsumerSettings(bootstrapServers, consumerName(), projection.topics(),
                    settings.maxPollRecords(), Map.of());
            runner = new ProjectionRunner(consumer, dataSource, projection, metrics).start();
        }
    }

    public synchronized void stop() {
        if (runner != null) {
            runner.close();
            runner = null;
        }
    }

    /** Closes the consumer and starts a new one; it goes on from the offsets stored with the projection. */
    public synchronized void restart() {
        stop();
        start();
    }

    public synchronized boolean isReady() {
        return runner != null && runner.isReady();
    }

    public synchronized Optional<ProjectionRunner.Status> status() {
        return Optional.ofNullable(runner).map(ProjectionRunner::status);
    }

    /** Clears the projection's tables and replays its topics from the beginning. */
    public synchronized CompletableFuture<Void> rebuild() {
        if (runner == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("projection is not running"));
        }
        return runner.rebuild();
    }

    public String consumerName() {
        return settings.name();
    }

    public String deadLetterTopic() {
        return cn.kaoping.contracts.Topics.deadLetter(consumerName());
    }
}
