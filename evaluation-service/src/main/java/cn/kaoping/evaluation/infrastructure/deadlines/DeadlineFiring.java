package cn.kaoping.evaluation.infrastructure.deadlines;

import cn.kaoping.evaluation.deadline.DeadlineKind;
import cn.kaoping.runtime.db.Db;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jdbi.v3.core.JdbiException;
import org.jboss.logging.Logger;

/**
 * One round of the deadline scheduler: claims the due deadlines, then sends each its idempotent command.
 *
 * <p>The claim is one short statement ({@code SELECT … FOR UPDATE SKIP LOCKED} under an {@code UPDATE}) that
 * gives the rows a lease: two instances polling at once never claim the same row, and a row whose instance
 * dies before firing it is claimed again once the lease ends. The command runs in its own transaction, where
 * the overdue event it applies also marks the row fired ({@link DeadlineBook}). Should a row ever be fired
 * twice (a lease that ran out during a slow command, say), the aggregate's command is a no-op the second time
 * and the row is simply marked fired: the file is marked once.
 */
@ApplicationScoped
public class DeadlineFiring {

    private static final Logger LOG = Logger.getLogger(DeadlineFiring.class);
    /**
     * A deadline is claimed this long after its instant, so that the command's {@code asOf} is surely past it
     * although the database keeps instants to the microsecond: a command that then changes nothing means that
     * the file was already dealt with, never that it is not due yet.
     */
    private static final Duration MARGIN = Duration.ofMillis(1);

    private final Db db;
    private final CommandGateway commands;
    private final Clock clock;
    private final DeadlineSettings settings;

    DeadlineFiring(Db db, CommandGateway commands, Clock clock, DeadlineSettings settings) {
        this.db = db;
        this.commands = commands;
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * Claims up to {@code kaoping.deadlines.batch-size} due deadlines for {@code firer} and fires them.
     *
     * @return how many were claimed (a full batch means more may be due)
     */
    public int fireDue(String firer) {
        List<DueDeadline> claimed;
        try {
            parkExhausted(clock.instant().minus(MARGIN));
            claimed = claim(firer, clock.instant().minus(MARGIN));
        } catch (JdbiException e) {
            LOG.warnf("Cannot claim due deadlines: %s", e.getMessage());
            return 0;
        }
        for (DueDeadline deadline : claimed) {
            fire(deadline, firer);
        }
        return claimed.size();
    }

    /** At most this many deadlines are claimed by one {@link #fireDue} call. */
    public int batchSize() {
        return settings.batchSize();
    }

    /**
     * Parks the open rows that used every attempt and whose last lease or backoff has ended: claims that never
     * reported back (their instance died) are not retried forever either.
     */
    private void parkExhausted(Instant now) {
        int parked = db.withHandle(handle -> handle.createUpdate("""
                        update deadline set state = 'PARKED', parked_at = :now, claimed_until = null, claimed_by = null,
                               last_error = coalesce(last_error, 'claimed ' || attempts || ' times without an outcome')
                         where state = 'OPEN' and attempts >= :max and claimed_until <= :now""")
                .bind("now", now)
                .bind("max", settings.maxAttempts())
                .execute());
        if (parked > 0) {
            LOG.warnf("%d deadline(s) parked after %d attempts", parked, settings.maxAttempts());
        }
    }

    /** Claims open rows due at or before {@code dueBy}. */
    private List<DueDeadline> claim(String firer, Instant dueBy) {
        return db.withHandle(handle -> handle.createQuery("""
                        update deadline d set claimed_until = :leaseEnd, claimed_by = :firer, attempts = d.attempts + 1
                          from (select case_file_id, kind from deadline
                                 where state = 'OPEN' and due_at <= :dueBy
                                   and (claimed_until is null or claimed_until <= :dueBy)
                                 order by due_at
                                 limit :batch
                                 for update skip locked) due
                         where d.case_file_id = due.case_file_id and d.kind = due.kind
                        returning d.case_file_id, d.kind, d.due_at, d.attempts""")
                .bind("leaseEnd", dueBy.plus(settings.claimLease()))
                .bind("firer", firer)
                .bind("dueBy", dueBy)
                .bind("batch", settings.batchSize())
                .map((row, ctx) -> new DueDeadline(row.getString("case_file_id"),
                        DeadlineKind.valueOf(row.getString("kind")), row.getTimestamp("due_at").toInstant(),
                        row.getInt("attempts")))
                .list());
    }

    private void fire(DueDeadline deadline, String firer) {
        Instant asOf = clock.instant();
        try {
            commands.sendAndWait(deadline.command(asOf), settings.commandTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) {
            recordFailure(deadline, firer, e.toString(), asOf);
            return;
        }
        markFired(deadline, asOf);
    }

    /**
     * Usually the overdue event already marked the row in the command's transaction. When the command changed
     * nothing, the file had already been dealt with (the command is a no-op then): the deadline is done too.
     */
    private void markFired(DueDeadline deadline, Instant asOf) {
        try {
            int marked = db.withHandle(handle -> handle.createUpdate("""
                            update deadline set state = 'FIRED', fired_at = :asOf, claimed_until = null, claimed_by = null
                             where case_file_id = :caseFileId and kind = :kind and state = 'OPEN'""")
                    .bind("asOf", asOf)
                    .bind("caseFileId", deadline.caseFileId())
                    .bind("kind", deadline.kind())
                    .execute());
            if (marked > 0) {
                LOG.infof("Deadline %s of case file %s: nothing left to do, the file was already dealt with",
                        deadline.kind(), deadline.caseFileId());
            }
        } catch (JdbiException e) {
            // The lease ends and the deadline is fired again: a no-op then, and marked.
            LOG.warnf("Cannot mark deadline %s of case file %s fired: %s", deadline.kind(), deadline.caseFileId(),
                    e.getMessage());
        }
    }

    /**
     * Retried after a growing pause ({@code retry-backoff} × 2^(attempt − 1), at most {@code max-retry-backoff}), or
     * parked with its error once it used {@code max-attempts}.
     */
    private void recordFailure(DueDeadline deadline, String firer, String error, Instant now) {
        boolean park = deadline.attempts() >= settings.maxAttempts();
        Instant retryAt = now.plus(backoff(deadline.attempts()));
        if (park) {
            LOG.errorf("Deadline %s of case file %s failed %d times and is parked: %s", deadline.kind(),
                    deadline.caseFileId(), deadline.attempts(), error);
        } else {
            LOG.warnf("Deadline %s of case file %s (attempt %d of %d) failed, retried at %s: %s", deadline.kind(),
                    deadline.caseFileId(), deadline.attempts(), settings.maxAttempts(), retryAt, error);
        }
        try {
            db.useHandle(handle -> handle.createUpdate("""
                            update deadline set last_error = :error,
                                   state = case when cast(:park as boolean) then 'PARKED' else state end,
                                   parked_at = case when cast(:park as boolean) then cast(:now as timestamptz)
                                                    else parked_at end,
                                   claimed_until = case when cast(:park as boolean) then null
                                                        else cast(:retryAt as timestamptz) end,
                                   claimed_by = case when cast(:park as boolean) then null else claimed_by end
                             where case_file_id = :caseFileId and kind = :kind and claimed_by = :firer
                               and state = 'OPEN'""")
                    .bind("park", park)
                    .bind("now", now)
                    .bind("retryAt", retryAt)
                    .bind("error", error.length() > 4000 ? error.substring(0, 4000) : error)
                    .bind("caseFileId", deadline.caseFileId())
                    .bind("kind", deadline.kind())
                    .bind("firer", firer)
                    .execute());
        } catch (JdbiException e) {
            LOG.warnf("Cannot record the failure of deadline %s of case file %s: %s", deadline.kind(),
                    deadline.caseFileId(), e.getMessage());
        }
    }

    /** retry-backoff × 2^(attempt − 1), at most max-retry-backoff. */
    Duration backoff(int attempt) {
        Duration pause = settings.retryBackoff();
        for (int i = 1; i < attempt && pause.compareTo(settings.maxRetryBackoff()) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        return pause.compareTo(settings.maxRetryBackoff()) > 0 ? settings.maxRetryBackoff() : pause;
    }
}
