package cn.kaoping.training.lagging;

import cn.kaoping.contracts.Actor;
import cn.kaoping.contracts.training.OfficerNominated;
import cn.kaoping.runtime.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.jdbi.v3.core.Handle;

/**
 * Stores the nominations the rules make. A nomination is a decision of this service, published once: the table is
 * not emptied by a rebuild, so the replay that re-derives a nomination finds it and publishes nothing again.
 */
@ApplicationScoped
public class Nominations {

    static final Actor RULES = Actor.system("training-nomination-rules");

    private final Outbox outbox;

    Nominations(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Records the nomination (publishing OfficerNominated) unless it exists; then only its facts may grow. */
    public void record(Handle tx, Nomination n, Instant at) {
        int inserted = tx.createUpdate("""
                        INSERT INTO nomination (id, officer_id, unit_id, reason, period, period_start, period_end,
                                                case_file_ids, problem_files, nominated_at)
                        VALUES (:id, :officer, :unit, :reason, :period, :start, :end, :files, :count, :at)
                        ON CONFLICT (id) DO NOTHING""")
                .bind("id", n.id()).bind("officer", n.officerId()).bind("unit", n.unitId())
                .bind("reason", n.reason().name()).bind("period", n.period())
                .bind("start", n.periodStart()).bind("end", n.periodEnd())
                .bindArray("files", String.class, n.caseFileIds()).bind("count", n.problemFiles()).bind("at", at)
                .execute();
        if (inserted == 1) {
            outbox.add(tx, n.officerId(), RULES, at, new OfficerNominated(n.id(), n.officerId(), n.unitId(), n.reason(),
                    n.period(), n.caseFileIds(), n.problemFiles()));
            return;
        }
        tx.createUpdate("""
                        UPDATE nomination SET case_file_ids = :files, problem_files = :count
                         WHERE id = :id AND problem_files < :count""")
                .bind("id", n.id()).bindArray("files", String.class, n.caseFileIds()).bind("count", n.problemFiles())
                .execute();
    }
}
