package cn.kaoping.evaluation.infrastructure.deadlines;

import cn.kaoping.evaluation.deadline.DeadlineKind;
import cn.kaoping.runtime.db.Db;
import java.time.Instant;
import java.util.Optional;

/** The {@code deadline} table as the tests look at it. */
final class DeadlineRows {

    private final Db db;

    DeadlineRows(Db db) {
        this.db = db;
    }

    Optional<DeadlineState> state(String caseFileId, DeadlineKind kind) {
        return db.withHandle(handle -> handle.createQuery(
                        "select state from deadline where case_file_id = :caseFileId and kind = :kind")
                .bind("caseFileId", caseFileId)
                .bind("kind", kind)
                .mapTo(DeadlineState.class)
                .findOne());
    }

    Optional<Instant> dueAt(String caseFileId, DeadlineKind kind) {
        return db.withHandle(handle -> handle.createQuery(
                        "select due_at from deadline where case_file_id = :caseFileId and kind = :kind")
                .bind("caseFileId", caseFileId)
                .bind("kind", kind)
                .mapTo(Instant.class)
                .findOne());
    }

    /** Opens a fired row again, as if its instance had died before recording the firing. */
    void reopen(String caseFileId, DeadlineKind kind) {
        int reopened = db.withHandle(handle -> handle.createUpdate("""
                        update deadline set state = 'OPEN', fired_at = null, claimed_until = null, claimed_by = null
                         where case_file_id = :caseFileId and kind = :kind""")
                .bind("caseFileId", caseFileId)
                .bind("kind", kind)
                .execute());
        if (reopened != 1) {
            throw new IllegalStateException("no deadline " + kind + " of " + caseFileId);
        }
    }
}
