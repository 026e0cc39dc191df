package cn.kaoping.publicity.outbox;

import cn.kaoping.contracts.EventEnvelope;
import cn.kaoping.kafka.EventPublisher;
import cn.kaoping.kafka.OutgoingRecord;
import cn.kaoping.kafka.PublisherSettings;
import cn.kaoping.publicity.config.PublicityConfig;
import cn.kaoping.publicity.db.Database;
import cn.kaoping.publicity.db.Sql;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sends the outbox to {@code kaoping.publicity.events.v1}: oldest first, a batch at a time, and marks the rows
 * sent in the same transaction that locked them ({@code FOR UPDATE SKIP LOCKED}, so several instances do not
 * send the same rows). When Kafka does not acknowledge, the transaction rolls back and the rows are sent
 * later: at least once; the envelope id lets a consumer drop a duplicate.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

    private final Database database;
    private final PublisherSettings settings;
    private final MeterRegistry metrics;
    private final Duration pollInterval;
    private final int batchSize;
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private EventPublisher publisher;
    private Thread thread;

    public OutboxRelay(Database database, PublicityConfig config, MeterRegistry metrics,
                       @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.database = database;
        this.metrics = metrics;
        this.pollInterval = config.outbox().pollInterval();
        this.batchSize = config.outbox().batchSize();
        // Fail fast while Kafka is away: the rows wait in the table, not in the producer's buffer.
        this.settings = new PublisherSettings(bootstrapServers, "publicity-outbox", Map.of(
                "max.block.ms", "5000", "request.timeout.ms", "5000", "delivery.timeout.ms", "10000"));
    }

    void onStart(@Observes StartupEvent event) {
        publisher = new EventPublisher(settings, metrics);
        running = true;
        thread = new Thread(this::run, "publicity-outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        wakeUp();
        if (thread != null) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(15));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (publisher != null) {
            publisher.close();
        }
    }

    public void wakeUp() {
        wakeUps.release();
    }

    private void run() {
        Duration backoff = pollInterval;
        while (running) {
            try {
                int sent;
                do {
                    sent = relayBatch();
                } while (sent == batchSize && running);
                backoff = pollInterval;
            } catch (RuntimeException e) {
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
                LOG.warnf("Outbox relay could not send (%s); next attempt in %s", e.toString(), backoff);
            }
            try {
                if (wakeUps.tryAcquire(backoff.toMillis(), TimeUnit.MILLISECONDS)) {
                    wakeUps.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Sends one batch of unsent rows; returns how many were sent. */
    int relayBatch() {
        return database.inTransaction(tx -> {
            List<Row> rows = Sql.list(tx, """
                    SELECT id, topic, record_key, payload FROM outbox WHERE sent_at IS NULL
                     ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED""",
                    row -> new Row(row.getLong(1), row.getString(2), row.getString(3), row.getString(4)), batchSize);
            if (rows.isEmpty()) {
                return 0;
            }
            publisher.publish(rows.stream().map(row -> new OutgoingRecord(row.topic(), row.key(), row.payload(),
                    Map.of("content-type", EventEnvelope.CONTENT_TYPE))).toList());
            Sql.update(tx, "UPDATE outbox SET sent_at = now() WHERE id = ANY (?::bigint[])",
                    rows.stream().map(Row::id).toList());
            LOG.debugf("Outbox relay sent %d events", rows.size());
            return rows.size();
        });
    }

    private record Row(long id, String topic, String key, String payload) {
    }
}
