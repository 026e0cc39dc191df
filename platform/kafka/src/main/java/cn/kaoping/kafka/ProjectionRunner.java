package cn.kaoping.kafka;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.sql.Savepoint;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Feeds a {@link Projection} from Kafka topics, effectively exactly once: each polled batch is applied in ONE
 * database transaction that also stores the next offsets in {@code consumer_offset}; on (re)assignment each
 * partition is sought to its stored offset. Kafka's committed offsets are written only as a courtesy for
 * monitoring tools; the database is the truth.
 *
 * <p>A record whose {@code apply} throws is undone through a savepoint and sent to the dead-letter topic
 * ({@link DeadLetters#topicFor}) with the error in headers; the batch goes on. Dead letters are acknowledged
 * before the transaction commits (at least once into the dead-letter topic).
 *
 * <p>One thread of its own owns the Kafka consumer. It survives a Kafka outage (keeps polling, WARN, not
 * ready) and database errors (rolls the batch back, seeks back to the stored offsets, retries with backoff).
 * An {@link Error} thrown by the projection ends the thread (rolled back; {@link #isReady()} turns false).
 *
 * <p>Metrics, tagged {@code consumer=<name>}: gauge {@code kaoping.consumer.lag} (records not yet applied on
 * the assigned partitions), counters {@code kaoping.consumer.applied} and {@code kaoping.consumer.dead.lettered}.
 */
public final class ProjectionRunner implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ProjectionRunner.class);
    private static final AtomicInteger INSTANCES = new AtomicInteger();

    static final Duration POLL_TIMEOUT = Duration.ofMillis(500);
    /** How often Kafka is asked for end offsets: the lag fallback and the reachability probe. */
    static final Duration PROBE_INTERVAL = Duration.ofSeconds(1);
    static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);
    /** Ready only if Kafka answered within this window. */
    static final Duration READY_WINDOW = Duration.ofSeconds(10);
    static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration UNREACHABLE_WARNING_EVERY = Duration.ofMinutes(1);

    private final ConsumerSettings settings;
    private final DataSource dataSource;
    private final Projection projection;
    private final String name;
    private final Consumer<String, String> consumer;
    private final DeadLetterSender deadLetters;
    private final OffsetStore offsets;
    private final Thread thread;

    private final MeterRegistry registry;
    private final AtomicLong lag = new AtomicLong();
    private final Gauge lagGauge;
    private final Counter applied;
    private final Counter deadLettered;

    private final Queue<CompletableFuture<Void>> rebuildRequests = new ConcurrentLinkedQueue<>();
    private final CountDownLatch stopSignal = new CountDownLatch(1);
    private volatile boolean stopping;
    private volatile boolean started;

    // Seen by other threads (status, readiness).
    private volatile Set<TopicPartition> assignment = Set.of();
    private volatile boolean kafkaReachable;
    private volatile Instant lastKafkaContact;
    private volatile long lastKafkaContactNanos;
    private volatile String lastError;
    private volatile Throwable fatal;

    // Owned by the runner thread.
    /** What this runner read from (or wrote to) consumer_offset per partition; empty = no row. */
    private final Map<TopicPartition, OptionalLong> storedOffsets = new HashMap<>();
    /** Assigned partitions still to be sought to their stored offsets; paused meanwhile. */
    private final Set<TopicPartition> awaitingSeek = new HashSet<>();
    private final Map<TopicPartition, Long> lastKnownEnd = new HashMap<>();
    private final Backoff seekBackoff = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(10));
    private final Backoff loopBackoff = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(10));
    private long nextSeekAttemptNanos;
    private long lastProbeNanos;
    private long lastUnreachableWarningNanos;
    private boolean offsetTableReady;

    /**
     * @param registry where to report metrics; {@code null} keeps them private to this runner
     */
    public ProjectionRunner(ConsumerSettings settings, DataSource dataSource, Projection projection,
                            MeterRegistry registry) {
        this.settings = settings;
        this.dataSource = dataSource;
        this.projection = projection;
        this.name = settings.consumerName();
        String clientId = name + "-" + INSTANCES.incrementAndGet();
        this.consumer = new KafkaConsumer<>(consumerProperties(settings, clientId));
        try {
            this.deadLetters = new DeadLetterSender(settings, clientId + "-dlt");
        } catch (RuntimeException e) {
            consumer.close(Duration.ZERO);
            throw e;
        }
        this.offsets = new OffsetStore(name);
        this.registry = registry == null ? new SimpleMeterRegistry() : registry;
        this.lagGauge = Gauge.builder("kaoping.consumer.lag", lag, AtomicLong::get).tag("consumer", name)
                .description("Records on the assigned partitions not yet applied").strongReference(true)
                .register(this.registry);
        this.applied = Counter.builder("kaoping.consumer.applied").tag("consumer", name)
                .description("Records applied to the projection").register(this.registry);
        this.deadLettered = Counter.builder("kaoping.consumer.dead.lettered").tag("consumer", name)
                .description("Records sent to the dead-letter topic").register(this.registry);
        this.thread = new Thread(this::run, "kaoping-projection-" + clientId);
        this.thread.setDaemon(true); // an unclosed runner must not keep the JVM alive; the DB stays consistent
    }

    public ProjectionRunner(ConsumerSettings settings, DataSource dataSource, Projection projection) {
        this(settings, dataSource, projection, null);
    }

    static Map<String, Object> consumerProperties(ConsumerSettings settings, String clientId) {
        return new ClientProperties()
                .extras(settings.extraProperties())
                .set(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers())
                .require(ConsumerConfig.GROUP_ID_CONFIG, settings.consumerName())
                .set(ConsumerConfig.CLIENT_ID_CONFIG, clientId)
                .require(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false")
                .require(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed")
                .require(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest")
                .set(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, settings.maxPollRecords())
                .set(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName())
                .set(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName())
                .build();
    }

    /** Starts the runner thread; returns this. */
    public synchronized ProjectionRunner start() {
        if (started) {
            throw new IllegalStateException("Runner " + name + " was already started");
        }
        if (stopping) {
            throw new IllegalStateException("Runner " + name + " is closed");
        }
        started = true;
        thread.start();
        return this;
    }

    public String consumerName() {
        return name;
    }

    public String deadLetterTopic() {
        return deadLetters.topic();
    }

    /**
     * Ready when the runner thread is alive and Kafka answered within the last {@link #READY_WINDOW}
     * (the thread asks it every second for the end offsets of the assigned partitions, or for metadata).
     */
    public boolean isReady() {
        return thread.isAlive() && !stopping && kafkaReachable
                && System.nanoTime() - lastKafkaContactNanos < READY_WINDOW.toNanos();
    }

    /** A snapshot for health checks and logs. */
    public Status status() {
        Throwable failure = fatal;
        return new Status(name, thread.isAlive() && !stopping, kafkaReachable, lastKafkaContact, assignment,
                lag.get(), failure != null ? "fatal: " + failure : lastError);
    }

    /**
     * @param consumerName   the consumer (group) name
     * @param running        the runner thread is alive and not closing
     * @param kafkaReachable the last request to Kafka was answered
     * @param lastKafkaContact when Kafka last answered, or null
     * @param assignment     the partitions this instance holds
     * @param lag            records on those partitions not yet applied
     * @param lastError      the last error seen, or null
     */
    public record Status(String consumerName, boolean running, boolean kafkaReachable, Instant lastKafkaContact,
                         Set<TopicPartition> assignment, long lag, String lastError) {
    }

    /**
     * Asks the runner thread to rebuild the projection: in one transaction {@link Projection#clear} and delete
     * this consumer's stored offsets, then replay the assigned partitions from the beginning. Other instances
     * of the group notice at their next commit (their stored offset is gone) and replay theirs too.
     * Safe to call from any thread.
     *
     * @return completes once the projection is cleared and the replay has begun (not when it has caught up)
     */
    public CompletableFuture<Void> rebuild() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        if (stopping || (started && !thread.isAlive())) {
            done.completeExceptionally(new IllegalStateException("Runner " + name + " is not running"));
            return done;
        }
        rebuildRequests.add(done);
        consumer.wakeup();
        return done;
    }

    /**
     * Stops the loop, rolls back the batch in progress (its records will be read again from the stored
     * offsets), leaves the group and waits for the thread to end.
     */
    @Override
    public void close() {
        synchronized (this) {
            stopping = true;
        }
        stopSignal.countDown();
        consumer.wakeup();
        if (started && Thread.currentThread() != thread) {
            try {
                thread.join(CLOSE_TIMEOUT.toMillis());
                if (thread.isAlive()) {
                    LOG.warnf("Runner %s did not stop within %s; interrupting it", name, CLOSE_TIMEOUT);
                    thread.interrupt();
                    thread.join(TimeUnit.SECONDS.toMillis(10));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } else if (!started) {
            closeClients();
        }
        failRebuildRequests(new IllegalStateException("Runner " + name + " was closed"));
        registry.remove(lagGauge);
        registry.remove(applied);
        registry.remove(deadLettered);
    }

    // ---------------------------------------------------------------- the runner thread

    private void run() {
        LOG.infof("Projection %s starts consuming %s as %s", projection.name(), settings.topics(), name);
        try {
            consumer.subscribe(settings.topics(), new SeekToStoredOffsets());
            while (!stopping) {
                try {
                    step();
                    loopBackoff.reset();
                } catch (WakeupException e) {
                    // close() or rebuild(): the loop checks both
                } catch (InterruptException | InterruptedException e) {
                    LOG.infof("Runner %s interrupted; stopping", name);
                    stopping = true;
                } catch (BatchFailedException e) {
                    lastError = e.getMessage();
                    LOG.warnf(e.getCause(), "Consumer %s: %s; the batch was rolled back and will be read again",
                            name, e.getMessage());
                } catch (Exception e) {
                    lastError = e.toString();
                    if (e instanceof KafkaException) {
                        markUnreachable(e);
                    }
                    Duration delay = loopBackoff.next();
                    LOG.warnf(e, "Consumer %s failed; retrying in %s", name, delay);
                    pause(delay);
                }
                if (Thread.currentThread().isInterrupted()) {
                    LOG.infof("Runner %s interrupted; stopping", name);
                    stopping = true;
                }
            }
        } catch (Throwable e) {
            fatal = e;
            LOG.errorf(e, "Projection %s (consumer %s) failed fatally; the runner stops", projection.name(), name);
        } finally {
            boolean interrupted = Thread.interrupted(); // let the clients close cleanly
            closeClients();
            failRebuildRequests(new IllegalStateException("Runner " + name + " stopped"));
            kafkaReachable = false;
            assignment = Set.of();
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            LOG.infof("Consumer %s stopped", name);
        }
    }

    private void step() throws Exception {
        if (!offsetTableReady) {
            runInTransaction(OffsetStore::requireTable);
            offsetTableReady = true;
        }
        serveRebuildRequests();
        seekAwaitingPartitions();
        ConsumerRecords<String, String> records = consumer.poll(POLL_TIMEOUT);
        if (!records.isEmpty()) {
            applyBatch(records);
        }
        refreshLag();
        probeKafkaIfDue();
    }

    /** One transaction per batch: apply each record inside a savepoint, then store the offsets, commit. */
    private void applyBatch(ConsumerRecords<String, String> records) throws InterruptedException {
        Map<TopicPartition, Long> nextOffsets = new LinkedHashMap<>();
        int appliedInBatch = 0;
        int deadLetteredInBatch = 0;
        boolean committed = false;
        Connection tx = null;
        Boolean autoCommit = null;
        try {
            tx = dataSource.getConnection();
            autoCommit = tx.getAutoCommit();
            tx.setAutoCommit(false);
            for (ConsumerRecord<String, String> record : records) {
                if (stopping) {
                    LOG.infof("Consumer %s closing: the batch in progress is rolled back", name);
                    return;
                }
                if (applyOne(tx, record)) {
                    appliedInBatch++;
                } else {
                    deadLetteredInBatch++;
                }
                nextOffsets.put(new TopicPartition(record.topic(), record.partition()), record.offset() + 1);
            }
            deadLetters.awaitAcknowledgements(); // before the commit: a dead letter is never lost
            for (Map.Entry<TopicPartition, Long> next : nextOffsets.entrySet()) {
                OptionalLong expected = storedOffsets.get(next.getKey());
                if (expected == null || !offsets.advance(tx, next.getKey(), expected, next.getValue())) {
                    throw new OffsetConflictException(next.getKey(), expected);
                }
            }
            tx.commit();
            committed = true;
            nextOffsets.forEach((partition, next) -> storedOffsets.put(partition, OptionalLong.of(next)));
        } catch (OffsetConflictException e) {
            seekAgainToStoredOffsets(Duration.ZERO);
            throw new BatchFailedException(e.getMessage(), e);
        } catch (SQLException | RuntimeException e) {
            seekAgainToStoredOffsets(seekBackoff.next());
            throw new BatchFailedException("batch of " + records.count() + " records failed: " + e, e);
        } finally {
            if (!committed) {
                deadLetters.discardPending();
            }
            release(tx, autoCommit, !committed);
        }
        applied.increment(appliedInBatch);
        deadLettered.increment(deadLetteredInBatch);
        lastError = null;
        commitToKafkaAsCourtesy(nextOffsets);
    }

    /** @return true if applied, false if dead-lettered; throws when the whole batch must be retried */
    private boolean applyOne(Connection tx, ConsumerRecord<String, String> record)
            throws SQLException, InterruptedException {
        Savepoint savepoint = tx.setSavepoint();
        try {
            projection.apply(tx, record);
            tx.releaseSavepoint(savepoint);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw e;
        } catch (Exception e) {
            if (isTransient(e)) {
                throw new TransientFailureException(e);
            }
            tx.rollback(savepoint); // if even this fails, the connection is broken: the batch fails
            LOG.warnf("Consumer %s rejects %s-%d@%d (%s); sent to %s", name, record.topic(), record.partition(),
                    record.offset(), e, deadLetters.topic());
            deadLetters.send(record, e, Instant.now());
            return false;
        }
    }

    /** Failures that say nothing about the record: a lost connection, a deadlock, a serialization conflict. */
    static boolean isTransient(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof SQLTransientException || e instanceof SQLRecoverableException) {
                return true;
            }
            if (e instanceof SQLException sql && sql.getSQLState() != null) {
                String sqlClass = sql.getSQLState().length() >= 2 ? sql.getSQLState().substring(0, 2) : "";
                if (Set.of("08", "40", "53", "57", "58").contains(sqlClass)) {
                    return true;
                }
            }
        }
        return false;
    }

    private void seekAgainToStoredOffsets(Duration after) {
        Set<TopicPartition> assigned = consumer.assignment();
        awaitingSeek.addAll(assigned);
        consumer.pause(assigned);
        nextSeekAttemptNanos = System.nanoTime() + after.toNanos();
    }

    private void commitToKafkaAsCourtesy(Map<TopicPartition, Long> nextOffsets) {
        Map<TopicPartition, OffsetAndMetadata> commit = new HashMap<>();
        nextOffsets.forEach((partition, next) -> commit.put(partition, new OffsetAndMetadata(next)));
        consumer.commitAsync(commit, (committed, error) -> {
            if (error != null) {
                LOG.debugf("Courtesy commit of %s failed (harmless: offsets live in the database): %s", name, error);
            }
        });
    }

    /** Seeks partitions waiting for it to their stored offsets (or the beginning), then resumes them. */
    private void seekAwaitingPartitions() {
        awaitingSeek.retainAll(consumer.assignment());
        if (awaitingSeek.isEmpty() || System.nanoTime() < nextSeekAttemptNanos) {
            return;
        }
        Set<TopicPartition> partitions = Set.copyOf(awaitingSeek);
        Map<TopicPartition, Long> stored;
        try {
            stored = inTransaction(tx -> offsets.load(tx, partitions));
        } catch (SQLException | RuntimeException e) {
            lastError = "reading stored offsets failed: " + e;
            Duration delay = seekBackoff.next();
            nextSeekAttemptNanos = System.nanoTime() + delay.toNanos();
            LOG.warnf("Consumer %s cannot read its stored offsets (%s); partitions %s stay paused, retry in %s",
                    name, e, partitions, delay);
            return;
        }
        for (TopicPartition partition : partitions) {
            Long next = stored.get(partition);
            if (next != null) {
                consumer.seek(partition, next);
                storedOffsets.put(partition, OptionalLong.of(next));
            } else {
                consumer.seekToBeginning(List.of(partition));
                storedOffsets.put(partition, OptionalLong.empty());
            }
        }
        awaitingSeek.removeAll(partitions);
        consumer.resume(partitions);
        seekBackoff.reset();
        LOG.debugf("Consumer %s sought %s to stored offsets %s", name, partitions, stored);
    }

    /** Called inside poll() on the runner thread. Nothing to commit on revocation: the DB already has it all. */
    private final class SeekToStoredOffsets implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            forget(partitions);
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            forget(partitions);
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            assignment = Set.copyOf(consumer.assignment());
            if (partitions.isEmpty()) {
                return;
            }
            LOG.infof("Consumer %s assigned %s", name, partitions);
            awaitingSeek.addAll(partitions);
            consumer.pause(partitions); // no record is fetched before its partition is sought
            nextSeekAttemptNanos = System.nanoTime();
            seekAwaitingPartitions();
        }

        private void forget(Collection<TopicPartition> partitions) {
            if (!partitions.isEmpty()) {
                LOG.infof("Consumer %s gives up %s", name, partitions);
            }
            storedOffsets.keySet().removeAll(partitions);
            awaitingSeek.removeAll(partitions);
            lastKnownEnd.keySet().removeAll(partitions);
            Set<TopicPartition> kept = new HashSet<>(assignment);
            kept.removeAll(partitions);
            assignment = Set.copyOf(kept);
        }
    }

    private void serveRebuildRequests() throws SQLException {
        if (rebuildRequests.isEmpty()) {
            return;
        }
        List<CompletableFuture<Void>> requests = drainRebuildRequests();
        try {
            inTransaction(tx -> {
                projection.clear(tx);
                offsets.deleteAll(tx);
                return null;
            });
        } catch (SQLException | RuntimeException e) {
            requests.forEach(request -> request.completeExceptionally(e));
            throw e;
        }
        Set<TopicPartition> assigned = consumer.assignment();
        consumer.seekToBeginning(assigned);
        assigned.forEach(partition -> storedOffsets.put(partition, OptionalLong.empty()));
        awaitingSeek.removeAll(assigned);
        consumer.resume(assigned);
        LOG.infof("Projection %s cleared; consumer %s replays %s from the beginning", projection.name(), name,
                assigned);
        requests.forEach(request -> request.complete(null));
    }

    private List<CompletableFuture<Void>> drainRebuildRequests() {
        List<CompletableFuture<Void>> requests = new ArrayList<>();
        for (CompletableFuture<Void> request; (request = rebuildRequests.poll()) != null; ) {
            requests.add(request);
        }
        return requests;
    }

    private void failRebuildRequests(Exception reason) {
        drainRebuildRequests().forEach(request -> request.completeExceptionally(reason));
    }

    // ---------------------------------------------------------------- lag and reachability

    /** After every poll, from what the consumer already knows (no request to Kafka). */
    private void refreshLag() {
        long total = 0;
        for (TopicPartition partition : consumer.assignment()) {
            OptionalLong stored = storedOffsets.get(partition);
            Long end = lastKnownEnd.get(partition);
            if (awaitingSeek.contains(partition)) {
                if (end != null && stored != null && stored.isPresent()) {
                    total += Math.max(0, end - stored.getAsLong());
                }
                continue;
            }
            OptionalLong known = consumer.currentLag(partition);
            if (known.isPresent()) {
                total += known.getAsLong();
            } else if (end != null && stored != null && stored.isPresent()) {
                total += Math.max(0, end - stored.getAsLong());
            }
        }
        lag.set(total);
    }

    /** Once a second: end offsets of the assigned partitions (or metadata when none is assigned). */
    private void probeKafkaIfDue() {
        long now = System.nanoTime();
        if (now - lastProbeNanos < PROBE_INTERVAL.toNanos()) {
            return;
        }
        lastProbeNanos = now;
        Set<TopicPartition> assigned = consumer.assignment();
        try {
            if (assigned.isEmpty()) {
                consumer.listTopics(PROBE_TIMEOUT);
            } else {
                lastKnownEnd.putAll(consumer.endOffsets(assigned, PROBE_TIMEOUT));
            }
            markReachable();
        } catch (TimeoutException e) {
            markUnreachable(e);
        }
    }

    private void markReachable() {
        if (!kafkaReachable) {
            LOG.infof("Consumer %s reaches Kafka (%s)", name, settings.bootstrapServers());
            if (lastError != null && lastError.startsWith("Kafka unreachable")) {
                lastError = null;
            }
        }
        lastKafkaContact = Instant.now();
        lastKafkaContactNanos = System.nanoTime();
        kafkaReachable = true;
    }

    private void markUnreachable(Exception e) {
        long now = System.nanoTime();
        if (kafkaReachable || now - lastUnreachableWarningNanos > UNREACHABLE_WARNING_EVERY.toNanos()) {
            LOG.warnf("Consumer %s cannot reach Kafka at %s: %s", name, settings.bootstrapServers(), e.toString());
            lastUnreachableWarningNanos = now;
        }
        lastError = "Kafka unreachable: " + e;
        kafkaReachable = false;
    }

    // ---------------------------------------------------------------- plumbing

    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection tx) throws SQLException;
    }

    private <T> T inTransaction(SqlWork<T> work) throws SQLException {
        Connection tx = dataSource.getConnection();
        Boolean autoCommit = null;
        boolean committed = false;
        try {
            autoCommit = tx.getAutoCommit();
            tx.setAutoCommit(false);
            T result = work.run(tx);
            tx.commit();
            committed = true;
            return result;
        } finally {
            release(tx, autoCommit, !committed);
        }
    }

    private void runInTransaction(SqlAction action) throws SQLException {
        inTransaction(tx -> {
            action.run(tx);
            return null;
        });
    }

    @FunctionalInterface
    private interface SqlAction {
        void run(Connection tx) throws SQLException;
    }

    /** Rolls back if asked, restores auto-commit for the pool and closes, without masking the first error. */
    private void release(Connection tx, Boolean autoCommit, boolean rollback) {
        if (tx == null) {
            return;
        }
        try {
            if (rollback) {
                tx.rollback();
            }
            if (autoCommit != null) {
                tx.setAutoCommit(autoCommit);
            }
        } catch (SQLException | RuntimeException e) {
            LOG.debugf("Consumer %s: cleaning up a connection failed: %s", name, e);
        } finally {
            try {
                tx.close();
            } catch (SQLException | RuntimeException e) {
                LOG.debugf("Consumer %s: closing a connection failed: %s", name, e);
            }
        }
    }

    private void pause(Duration delay) {
        try {
            stopSignal.await(delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void closeClients() {
        try {
            consumer.close(Duration.ofSeconds(5)); // leaves the group, so others take over at once
        } catch (RuntimeException e) {
            LOG.debugf("Consumer %s: closing the Kafka consumer failed: %s", name, e);
        }
        try {
            deadLetters.close();
        } catch (RuntimeException e) {
            LOG.debugf("Consumer %s: closing the dead-letter producer failed: %s", name, e);
        }
    }

    private static final class BatchFailedException extends RuntimeException {
        BatchFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final class TransientFailureException extends RuntimeException {
        TransientFailureException(Throwable cause) {
            super("transient failure: " + cause, cause);
        }
    }

    private static final class OffsetConflictException extends RuntimeException {
        OffsetConflictException(TopicPartition partition, OptionalLong expected) {
            super("stored offset of " + partition + " is no longer "
                    + (expected == null ? "known" : expected.isPresent() ? expected.getAsLong() : "absent")
                    + " (another consumer of the group or a rebuild moved it)");
        }
    }
}
