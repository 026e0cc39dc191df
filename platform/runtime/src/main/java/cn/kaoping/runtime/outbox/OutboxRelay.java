package cn.kaoping.runtime.outbox;

import cn.kaoping.contracts.EventEnvelope;
import cn.kaoping.kafka.Backoff;
import cn.kaoping.kafka.EventPublisher;
import cn.kaoping.kafka.OutgoingRecord;
import cn.kaoping.kafka.PublisherSettings;
import cn.kaoping.runtime.db.Db;
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
 * Sends the outbox to Kafka: oldest first, a batch at a time, and marks the rows sent in the transaction that
 * locked them ({@code FOR UPDATE SKIP LOCKED}, so several instances never send the same rows at once). When Kafka
 * does not acknowledge, the transaction rolls back and the rows are sent later, after a growing pause: at least
 * once; the envelope id lets a consumer drop a duplicate. Idle in a service that never writes to its outbox
 * (the first poll finds nothing and it sleeps).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

    private final Db db;
    private final OutboxSettings settings;
    private final MeterRegistry metrics;
    private final PublisherSettings publisherSettings;
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private EventPublisher publisher;
    private Thread thread;

    OutboxRelay(Db db, OutboxSettings settings, MeterRegistry metrics,
                @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                @ConfigProperty(name = "quarkus.application.name") String application) {
        this.db = db;
        this.settings = settings;
        this.metrics = metrics;
        // Fail fast while Kafka is away: the rows wait in the table, not in the producer's buffer.
        this.publisherSettings = new PublisherSettings(bootstrapServers, application + "-outbox", Map.of(
                "max.block.ms", "5000", "request.timeout.ms", "5000", "delivery.timeout.ms", "10000"));
    }

    void onStart(@Observes StartupEvent event) {
        if (settings.enabled()) {
            start();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    synchronized void start() {
        if (running) {
            return;
        }
        publisher = new EventPublisher(publisherSettings, metrics);
        running = true;
        thread = new Thread(this::run, "kaoping-outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    synchronized void stop() {
        running = false;
        wakeUp();
        if (thread != null) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(15));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
        if (publisher != null) {
            publisher.close();
            publisher = null;
        }
    }

    public void wakeUp() {
        wakeUps.release();
    }

    private void run() {
        Backoff backoff = new Backoff(settings.pollInterval(), MAX_BACKOFF);
        while (running) {
            Duration pause = settings.pollInterval();
            try {
                int sent;
                do {
                    sent = relayBatch();
                } while (sent == settings.batchSize() && running);
                backoff.reset();
            } catch (RuntimeException e) {
                pause = backoff.next();
                LOG.warnf("Outbox relay could not send (%s); next attempt in %s", e.toString(), pause);
            }
            try {
                if (wakeUps.tryAcquire(pause.toMillis(), TimeUnit.MILLISECONDS)) {
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
        return db.inTransaction(tx -> {
            List<Row> rows = tx.createQuery("""
                            SELECT id, topic, record_key, payload FROM outbox WHERE sent_at IS NULL
                             ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED""")
                    .bind("limit", settings.batchSize())
                    .map((row, ctx) -> new Row(row.getLong(1), row.getString(2), row.getString(3), row.getString(4)))
                    .list();
            if (rows.isEmpty()) {
                return 0;
            }
            publisher.publish(rows.stream().map(row -> new OutgoingRecord(row.topic(), row.key(), row.payload(),
                    Map.of("content-type", EventEnvelope.CONTENT_TYPE))).toList());
            tx.createUpdate("UPDATE outbox SET sent_at = now() WHERE id = ANY (:ids)")
                    .bindArray("ids", Long.class, rows.stream().map(Row::id).toList())
                    .execute();
            LOG.debugf("Outbox relay sent %d events", rows.size());
            return rows.size();
        });
    }

    private record Row(long id, String topic, String key, String payload) {
    }
}
