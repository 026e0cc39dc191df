package cn.kaoping.publicity.projection;

import cn.kaoping.contracts.Topics;
import cn.kaoping.kafka.ConsumerSettings;
import cn.kaoping.kafka.ProjectionRunner;
import cn.kaoping.publicity.config.PublicityConfig;
import cn.kaoping.publicity.db.Database;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the {@link EvaluationProjection} with the platform's {@link ProjectionRunner}: started with the
 * application, closed at shutdown; its lag is the gauge {@code kaoping.consumer.lag{consumer=...}}.
 */
@ApplicationScoped
public class ProjectionFeed {

    private final ConsumerSettings settings;
    private final Database database;
    private final EvaluationProjection projection;
    private final MeterRegistry metrics;
    private ProjectionRunner runner;

    public ProjectionFeed(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                          PublicityConfig config, Database database, EvaluationProjection projection,
                          MeterRegistry metrics) {
        this.settings = new ConsumerSettings(bootstrapServers, config.consumer().name(),
                List.of(Topics.EVALUATION_EVENTS), config.consumer().maxPollRecords(), Map.of());
        this.database = database;
        this.projection = projection;
        this.metrics = metrics;
    }

    void onStart(@Observes StartupEvent event) {
        start();
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    public synchronized void start() {
        if (runner == null) {
            runner = new ProjectionRunner(settings, database.dataSource(), projection, metrics).start();
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

    public synchronized ProjectionRunner.Status status() {
        return runner == null ? null : runner.status();
    }

    /** Clears the read model and replays the topic from its beginning. */
    public synchronized CompletableFuture<Void> rebuild() {
        if (runner == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("projection is not running"));
        }
        return runner.rebuild();
    }

    public String consumerName() {
        return settings.consumerName();
    }

    public String deadLetterTopic() {
        return Topics.deadLetter(settings.consumerName());
    }
}
