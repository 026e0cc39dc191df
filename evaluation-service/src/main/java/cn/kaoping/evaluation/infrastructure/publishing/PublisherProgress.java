package cn.kaoping.evaluation.infrastructure.publishing;

import cn.kaoping.evaluation.infrastructure.axon.AxonSetup;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import javax.sql.DataSource;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;

/**
 * How far the event store is published: the stored token of {@link AxonSetup#PUBLISHER_PROCESSOR} (whichever
 * instance owns it) against the events stored after it. Exposed as the gauge {@code kaoping.publisher.lag}
 * (events) and used by the readiness check; the published count is the publisher's own counter
 * {@code kaoping.publisher.published}.
 */
@ApplicationScoped
public class PublisherProgress {

    private final DataSource dataSource;
    private final AxonSetup axon;
    private final MeterRegistry registry;
    private final Duration stuckAfter;
    private final Clock clock;

    private long lastPosition = -1;
    private Instant lastProgressAt;

    PublisherProgress(DataSource dataSource, AxonSetup axon, MeterRegistry registry, PublishingSettings settings,
                      Clock clock) {
        this.dataSource = dataSource;
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
        try (Connection connection = dataSource.getConnection()) {
            long position = storedPosition(connection);
            long lag = eventsAfter(connection, position);
            if (position != lastPosition || lag == 0 || lastProgressAt == null) {
                lastPosition = position;
                lastProgressAt = now;
            }
            Duration since = lag == 0 ? Duration.ZERO : Duration.between(lastProgressAt, now);
            return new PublisherStatus(position, lag, running, error, since, lag > 0 && since.compareTo(stuckAfter) >= 0);
        } catch (SQLException e) {
            return new PublisherStatus(lastPosition, -1, running, true, Duration.ZERO, true);
        }
    }

    private Optional<TrackingEventProcessor> processor() {
        return axon.configuration().eventProcessingConfiguration()
                .eventProcessor(AxonSetup.PUBLISHER_PROCESSOR, TrackingEventProcessor.class);
    }

    /** The lowest position over the processor's segments; 0 when nothing was published yet. */
    private long storedPosition(Connection connection) throws SQLException {
        Serializer serializer = axon.configuration().serializer();
        long lowest = Long.MAX_VALUE;
        try (PreparedStatement select = connection.prepareStatement(
                "select token, token_type from token_entry where processor_name = ?")) {
            select.setString(1, AxonSetup.PUBLISHER_PROCESSOR);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    byte[] token = rows.getBytes(1);
                    String type = rows.getString(2);
                    long position = 0;
                    if (token != null && type != null) {
                        TrackingToken tracking = serializer.deserialize(
                                new SimpleSerializedObject<>(token, byte[].class, type, null));
                        OptionalLong known = tracking == null ? OptionalLong.empty() : tracking.position();
                        position = known.orElse(0);
                    }
                    lowest = Math.min(lowest, position);
                }
            }
        }
        return lowest == Long.MAX_VALUE ? 0 : lowest;
    }

    private static long eventsAfter(Connection connection, long position) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement(
                "select count(*) from domain_event_entry where global_index > ?")) {
            count.setLong(1, position);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
