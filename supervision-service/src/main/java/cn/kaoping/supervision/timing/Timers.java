package cn.kaoping.supervision.timing;

import cn.kaoping.runtime.time.BureauSettings;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Durable timers: a due date is a row, written in the transaction that sets it, so a restart between scheduling
 * and the due date changes nothing. A timer fires from the start of the day after its due date (the due date
 * itself is still in time) in the bureau's zone.
 */
@ApplicationScoped
public class Timers {

    private final BureauSettings bureau;

    Timers(BureauSettings bureau) {
        this.bureau = bureau;
    }

    /** A due timer, claimed for firing. */
    public record Due(String timerId, TimerKind kind, String targetId, LocalDate dueOn) {
    }

    /** Schedules a timer for the target; one per target, kind and due date (scheduling twice is harmless). */
    public void schedule(Handle h, TimerKind kind, String targetId, LocalDate dueOn) {
        h.createUpdate("""
                        INSERT INTO timer (timer_id, kind, target_id, due_on, fire_at)
                        VALUES (:id, :kind, :target, :due, :fireAt) ON CONFLICT (timer_id) DO NOTHING""")
                .bind("id", kind + ":" + targetId + ":" + dueOn)
                .bind("kind", kind.name()).bind("target", targetId).bind("due", dueOn)
                .bind("fireAt", fireAt(dueOn))
                .execute();
    }

    public Instant fireAt(LocalDate dueOn) {
        return dueOn.plusDays(1).atStartOfDay(bureau.timeZone()).toInstant();
    }

    /**
     * Claims due timers inside the caller's transaction: rows another poller holds are skipped, so two pollers
     * never fire the same timer.
     */
    public List<Due> claimDue(Handle h, Instant asOf, int limit) {
        return h.createQuery("""
                        SELECT timer_id, kind, target_id, due_on FROM timer
                         WHERE fired_at IS NULL AND fire_at <= :asOf
                         ORDER BY fire_at, timer_id LIMIT :limit FOR UPDATE SKIP LOCKED""")
                .bind("asOf", asOf).bind("limit", limit)
                .map((rs, ctx) -> new Due(rs.getString("timer_id"), TimerKind.valueOf(rs.getString("kind")),
                        rs.getString("target_id"), rs.getObject("due_on", LocalDate.class)))
                .list();
    }

    public void markFired(Handle h, String timerId, Instant at, String outcome) {
        h.createUpdate("UPDATE timer SET fired_at = :at, outcome = :outcome WHERE timer_id = :id")
                .bind("at", at).bind("outcome", outcome).bind("id", timerId).execute();
    }
}
