package cn.kaoping.supervision.infrastructure.timers;

import cn.kaoping.runtime.db.Db;
import cn.kaoping.runtime.outbox.Outbox;
import cn.kaoping.supervision.SupervisionSettings;
import cn.kaoping.supervision.accountability.proceeding.CaseProceedings;
import cn.kaoping.supervision.timing.Timers;
import cn.kaoping.supervision.tracking.acting.ItemActions;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Fires the durable timers (S1 due dates, S2 statement periods) by the injected clock: due rows are claimed with
 * FOR UPDATE SKIP LOCKED, so several instances fire each once, and a timer that came due while the service was
 * down fires at the first poll after the restart. The firing itself checks the target's state.
 */
@ApplicationScoped
public class TimerPoller {

    private static final Logger LOG = Logger.getLogger(TimerPoller.class);
    private static final int BATCH = 100;

    private final Db db;
    private final Timers timers;
    private final ItemActions items;
    private final CaseProceedings cases;
    private final Outbox outbox;
    private final Clock clock;
    private final SupervisionSettings settings;
    private ScheduledExecutorService executor;

    TimerPoller(Db db, Timers timers, ItemActions items, CaseProceedings cases, Outbox outbox, Clock clock,
                SupervisionSettings settings) {
        this.db = db;
        this.timers = timers;
        this.items = items;
        this.cases = cases;
        this.outbox = outbox;
        this.clock = clock;
        this.settings = settings;
    }

    void start(@Observes StartupEvent event) {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "supervision-timers");
            t.setDaemon(true);
            return t;
        });
        long period = Math.max(100, settings.timerPollInterval().toMillis());
        executor.scheduleWithFixedDelay(this::poll, period, period, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    private void poll() {
        try {
            fireDueAsOf(clock.instant());
        } catch (RuntimeException e) {
            LOG.warnf(e, "Firing due timers failed; next poll retries");
        }
    }

    /** Fires every timer due as of the instant; returns how many changed their target. */
    public int fireDueAsOf(Instant asOf) {
        int changed = 0;
        while (true) {
            int[] round = db.inTransaction(h -> {
                List<Timers.Due> due = timers.claimDue(h, asOf, BATCH);
                int fired = 0;
                for (Timers.Due timer : due) {
                    boolean did = switch (timer.kind()) {
                        case ITEM_DUE -> items.fireDue(h, timer.targetId(), timer.dueOn(), asOf);
                        case STATEMENT_DUE -> cases.fireStatementDue(h, timer.targetId(), timer.dueOn(), asOf);
                    };
                    timers.markFired(h, timer.timerId(), asOf, did ? "FIRED" : "STALE");
                    fired += did ? 1 : 0;
                }
                return new int[] {due.size(), fired};
            });
            changed += round[1];
            if (round[0] > 0) {
                outbox.flushSoon();
            }
            if (round[0] < BATCH) {
                return changed;
            }
        }
    }
}
