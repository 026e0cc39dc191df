package cn.kaoping.evaluation.infrastructure.deadlines;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * A scheduler: polls for due deadlines every interval on a thread of its own, so deadlines fire without any
 * request. Any number of pollers (in one or several instances) may run: claims keep them apart.
 */
public final class DeadlinePoller implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(DeadlinePoller.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final DeadlineFiring firing;
    private final Duration interval;
    private final String name;
    private ScheduledExecutorService executor;

    /**
     * @param name who claims (kept in {@code deadline.claimed_by}); unique per poller
     */
    public DeadlinePoller(DeadlineFiring firing, Duration interval, String name) {
        this.firing = firing;
        this.interval = interval;
        this.name = name;
    }

    public synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "deadline-poller-" + name);
            thread.setDaemon(true);
            return thread;
        });
        long millis = Math.max(1, interval.toMillis());
        executor.scheduleWithFixedDelay(this::poll, millis, millis, TimeUnit.MILLISECONDS);
        LOG.infof("Deadline poller %s started, every %s", name, interval);
    }

    /** Lets a round in progress finish, then stops; nothing claimed is left half done unless it takes too long. */
    public synchronized void stop() {
        if (executor == null) {
            return;
        }
        executor.shutdown();
        try {
            if (!executor.awaitTermination(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
        executor = null;
        LOG.infof("Deadline poller %s stopped", name);
    }

    public synchronized boolean isRunning() {
        return executor != null;
    }

    public String name() {
        return name;
    }

    private void poll() {
        try {
            int claimed;
            do {
                claimed = firing.fireDue(name);
            } while (claimed >= firing.batchSize() && !Thread.currentThread().isInterrupted());
        } catch (RuntimeException e) {
            // Never let an exception end the schedule.
            LOG.warnf(e, "Deadline poll of %s failed", name);
        }
    }

    @Override
    public void close() {
        stop();
    }
}
