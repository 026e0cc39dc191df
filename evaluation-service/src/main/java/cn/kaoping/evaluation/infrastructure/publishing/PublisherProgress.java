package cn.kaoping.evaluation.infrastructure.publishing;

import cn.kaoping.evaluation.infrastructure.axon.AxonSetup;
import cn.kaoping.runtime.db.Db;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;

/**
 * How far the event store is published: the stored token of {@link AxonSetup#PUBLISHER_PROCESSOR} (whichever
 * instance owns it) against the events stored after it. Exposed as the gauge {@code kaoping.publisher.lag}
 * (events) and used by the readiness check; the published count is the publisher's own counter
 * {@code kaoping.publisher.published}.
 */
@ApplicationScoped
public class PublisherProgress {

    private final Db db;
    private final AxonSetup axon;
    private final MeterRegistry registry;
    private final Duration stuckAfter;
    private final Clock clock;

    private long lastPosition = -1;
    private Instant lastProgressAt;

    PublisherProgress(Db db, AxonSetup axon, MeterRegistry registry, PublishingSettings settings,
                      Clock clock) {
        this.db = db;
        this.axon = axon;
        this.registry = registry;
        this.stuckAfter = settings.stuckAfter();
        this.clock = clock;
    }

    void registerGauge(@Observes StartupEvent event) {
        Gauge.builder("kaoping.publisher.lag", this, progress -> progress.status().lag())
                .description("Events in the event store not yet published to Kafka")
                .register(registry);
    }

    /** A fresh reading; a failure to read counts as stuck. */
    public synchronized PublisherStatus status() {
        Instant now = clock.instant();
        Optional<TrackingEventProcessor> processor = processor();
        boolean running = processor.map(TrackingEventProcessor::isRunning).orElse(false);
        boolean error = processor.map(TrackingEventProcessor::isError).orElse(false);
        try {
            long[] reading = db.withHandle(handle -> {
                long stored = storedPosition(handle);
                return new long[] {stored, eventsAfter(handle, stored)};
            });
            long position = reading[0];
            long lag = reading[1];
            if (position != lastPosition || lag == 0 || lastProgressAt == null) {
                lastPosition = position;
                lastProgressAt = now;
            }
            Duration since = lag == 0 ? Duration.ZERO : Duration.between(lastProgressAt, now);
            return new PublisherStatus(position, lag, running, error, since, lag > 0 && since.compareTo(stuckAfter) >= 0);
        } catch (JdbiException e) {
            return new PublisherStatus(lastPosition, -1, running, true, Duration.ZERO, true);
        }
    }

    private Optional<TrackingEventProcessor> processor() {
        return axon.configuration().eventProcessingConfiguration()
                .eventProcessor(AxonSetup.PUBLISHER_PROCESSOR, TrackingEventProcessor.class);
    }

    /** The lowest position over the processor's segments; 0 when nothing was published yet. */
    private long storedPosition(Handle handle) {
        Serializer serializer = axon.configuration().serializer();
        List<Long> positions = handle.createQuery(
                        "select token, token_type from token_entry where processor_name = :processor")
                .bind("processor", AxonSetup.PUBLISHER_PROCESSOR)
                .map((row, context) -> {
                    byte[] token = row.getBytes("token");
                    String type = row.getString("token_type");
                    if (token == null || type == null) {
                        return 0L;
                    }
                    TrackingToken tracking = serializer.deserialize(
                            new SimpleSerializedObject<>(token, byte[].class, type, null));
                    OptionalLong known = tracking == null ? OptionalLong.empty() : tracking.position();
                    return known.orElse(0);
                })
                .list();
        return positions.stream().mapToLong(Long::longValue).min().orElse(0);
    }

    private static long eventsAfter(Handle handle, long position) {
        return handle.createQuery("select count(*) from domain_event_entry where global_index > :position")
                .bind("position", position)
                .mapTo(Long.class)
                .one();
    }
}
