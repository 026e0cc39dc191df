package cn.kaoping.runtime.outbox;

import cn.kaoping.contracts.EventEnvelope;
import cn.kaoping.kafka.Backoff;
import cn.kaoping.kafka.EventPublisher;
import cn.kaoping.kafka.OutgoingRecord;
import cn.kaoping.kafka.PublisherSettings;
import cn.kaoping.runtime.db.Db;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jdbi.v3.core.Handle;

/**
 * Sends the outbox to Kafka: oldest first, a batch at a time, and marks the rows sent in the transaction that
 * locked them ({@code FOR UPDATE SKIP LOCKED}, so several instances never send the same rows at once). When Kafka
 * does not acknowledge, the transaction rolls back and the rows are sent later, after a growing pause: at least
 * once; the envelope id lets a consumer drop a duplicate. Idle in a service that never writes to its outbox
 * (the first poll finds nothing and it sleeps).
 *
 * <p>A row Kafka refuses for good (a record too large for the producer or the broker, see
 * {@link EventPublisher#publishEach}) is parked: {@code parked_at} and the reason are set, it is logged and counted
 * ({@code kaoping.outbox.parked}), and the rows after it are sent. Sending it again could never succeed and would
 * hold up every event of the service behind it. {@link Outbox} refuses such events before they are written; a parked
 * row is one written before that check, or under a larger limit than the brokers now accept.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

    private final Db db;
    private final OutboxSettings settings;
    private final MeterRegistry metrics;
    private final PublisherSettings publisherSettings;
    private final Counter parked;
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
        // Fail fast while Kafka is away: the rows wait in the table, not in the producer's buffer. The request size
        // is the one Outbox checks events against, so that what the outbox accepts the producer can send.
        this.publisherSettings = new PublisherSettings(bootstrapServers, application + "-outbox", Map.of(
                "max.block.ms", "5000", "request.timeout.ms", "5000", "delivery.timeout.ms", "10000",
                "max.request.size", Integer.toString(settings.maxRequestSize())));
        this.parked = Counter.builder("kaoping.outbox.parked")
                .description("Outbox rows Kafka refused for good, set aside so that the others go on")
                .register(metrics);
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

    /** Sends one batch of rows neither sent nor parked; returns how many it handled (sent or parked). */
    int relayBatch() {
        return db.inTransaction(tx -> {
            List<Row> rows = tx.createQuery("""
                            SELECT id, topic, record_key, payload FROM outbox
                             WHERE sent_at IS NULL AND parked_at IS NULL
                             ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED""")
                    .bind("limit", settings.batchSize())
                    .map((row, ctx) -> new Row(row.getLong(1), row.getString(2), row.getString(3), row.getString(4)))
                    .list();
            if (rows.isEmpty()) {
                return 0;
            }
            EventPublisher.Delivery delivery = publisher.publishEach(rows.stream().map(row -> new OutgoingRecord(
                    row.topic(), row.key(), row.payload(), Map.of("content-type", EventEnvelope.CONTENT_TYPE))).toList());
            List<Long> sent = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                Throwable refusal = delivery.refused().get(i);
                if (refusal == null) {
                    sent.add(rows.get(i).id());
                } else {
                    park(tx, rows.get(i), refusal);
                }
            }
            tx.createUpdate("UPDATE outbox SET sent_at = now() WHERE id = ANY (:ids)")
                    .bindArray("ids", Long.class, sent)
                    .execute();
            LOG.debugf("Outbox relay sent %d events", sent.size());
            return rows.size();
        });
    }

    private void park(Handle tx, Row row, Throwable refusal) {
        tx.createUpdate("UPDATE outbox SET parked_at = now(), park_reason = :reason WHERE id = :id")
                .bind("id", row.id())
                .bind("reason", String.valueOf(refusal))
                .execute();
        parked.increment();
        LOG.errorf("Outbox row %d (topic %s, key %s, %d characters) parked: Kafka refuses it for good (%s); the rows"
                + " after it go on", row.id(), row.topic(), row.key(), row.payload().length(), refusal);
    }

    private record Row(long id, String topic, String key, String payload) {
    }
}
