package cn.kaoping.evaluation.infrastructure.deadlines;

import cn.kaoping.domain.DomainException;
import cn.kaoping.evaluation.deadline.DeadlineKind;
import cn.kaoping.evaluation.domain.ErrorCode;
import cn.kaoping.runtime.db.Db;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.jboss.logging.Logger;
import org.jdbi.v3.core.JdbiException;

/**
 * The parked deadlines (state PARKED): listed for an ADMIN, counted by the gauge {@code kaoping.deadlines.parked},
 * and retried on request (the row opens again with its attempts reset; the scheduler fires it at its next poll).
 */
@ApplicationScoped
public class ParkedDeadlines {

    private static final Logger LOG = Logger.getLogger(ParkedDeadlines.class);

    private final Db db;
    private final MeterRegistry registry;

    ParkedDeadlines(Db db, MeterRegistry registry) {
        this.db = db;
        this.registry = registry;
    }

    void registerGauge(@Observes StartupEvent event) {
        Gauge.builder("kaoping.deadlines.parked", this, ParkedDeadlines::countForGauge)
                .description("Deadlines whose command failed kaoping.deadlines.max-attempts times (retry by ADMIN)")
                .register(registry);
    }

    private double countForGauge() {
        try {
            return count();
        } catch (JdbiException e) {
            LOG.debugf("Cannot count parked deadlines: %s", e.getMessage());
            return Double.NaN;
        }
    }

    public long count() {
        return db.withHandle(handle -> handle.createQuery("select count(*) from deadline where state = 'PARKED'")
                .mapTo(Long.class).one());
    }

    /** The most recently parked first. */
    public List<ParkedDeadline> page(int offset, int limit) {
        return db.withHandle(handle -> handle.createQuery("""
                        select case_file_id, case_number, kind, due_on, due_at, unit_id, attempts, last_error, parked_at
                          from deadline where state = 'PARKED'
                         order by parked_at desc, case_file_id, kind limit :limit offset :offset""")
                .bind("limit", limit)
                .bind("offset", offset)
                .map((rs, ctx) -> new ParkedDeadline(rs.getString("case_file_id") + ":" + rs.getString("kind"),
                        rs.getString("case_file_id"), rs.getString("case_number"),
                        DeadlineKind.valueOf(rs.getString("kind")), rs.getObject("due_on", java.time.LocalDate.class),
                        rs.getTimestamp("due_at").toInstant(), rs.getString("unit_id"), rs.getInt("attempts"),
                        rs.getString("last_error"), rs.getTimestamp("parked_at").toInstant()))
                .list());
    }

    /**
     * Opens a parked deadline again with its attempts reset (its last error stays until the next attempt).
     *
     * @param id {@code <caseFileId>:<kind>}
     * @throws DomainException not found (404 DEADLINE_NOT_PARKED) when no parked deadline has this id
     */
    public void retry(String id, String actorId) {
        int colon = id == null ? -1 : id.lastIndexOf(':');
        DeadlineKind kind = null;
        if (colon > 0) {
            try {
                kind = DeadlineKind.valueOf(id.substring(colon + 1));
            } catch (IllegalArgumentException e) {
                kind = null;
            }
        }
        if (kind == null) {
            throw DomainException.notFound(ErrorCode.DEADLINE_NOT_PARKED, id);
        }
        String caseFileId = id.substring(0, colon);
        DeadlineKind parkedKind = kind;
        int reopened = db.withHandle(handle -> handle.createUpdate("""
                        update deadline set state = 'OPEN', attempts = 0, parked_at = null, claimed_until = null,
                               claimed_by = null
                         where case_file_id = :caseFileId and kind = :kind and state = 'PARKED'""")
                .bind("caseFileId", caseFileId)
                .bind("kind", parkedKind)
                .execute());
        if (reopened == 0) {
            throw DomainException.notFound(ErrorCode.DEADLINE_NOT_PARKED, id);
        }
        LOG.infof("Parked deadline %s of case file %s retried by %s", parkedKind, caseFileId, actorId);
    }
}
