package cn.kaoping.evaluation.infrastructure.deadlines;

import cn.kaoping.evaluation.deadline.DeadlineKind;
import cn.kaoping.contracts.evaluation.CaseFileClosed;
import cn.kaoping.contracts.evaluation.CaseFileRegistered;
import cn.kaoping.contracts.evaluation.CaseFileReviewed;
import cn.kaoping.contracts.evaluation.CaseFileSubmitted;
import cn.kaoping.contracts.evaluation.RectificationOverdue;
import cn.kaoping.contracts.evaluation.SubmissionOverdue;
import cn.kaoping.evaluation.query.SynchronousReadModel;
import jakarta.inject.Singleton;
import cn.kaoping.runtime.db.Db;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.eventhandling.EventHandler;

/**
 * The table {@code deadline}, kept from the events in the command's own transaction: a deadline is stored
 * exactly when the events that open it are, so none is lost between the two, and the scheduler finds it in
 * PostgreSQL after any restart.
 *
 * <ul>
 *   <li>submission: opened at registration, fired by {@code SubmissionOverdue}, cancelled by submission;
 *   <li>rectification: opened by a round-one review with findings, fired by {@code RectificationOverdue},
 *       cancelled by resubmission or closing.
 * </ul>
 * Every statement is idempotent (a replayed event changes nothing). Registered on the read-model processor
 * by {@code AxonSetup}, as every {@link SynchronousReadModel}. Its statements run on a {@link Db} handle without a
 * transaction of its own: inside a command, the connection is the command's JTA transaction's.
 *
 * <p>A rebuild recreates each row from the events, a fired one included: its overdue event fires it again. The
 * scheduler's own columns (claim, attempts, last error) follow from no event; they are kept across the rebuild.
 */
@Singleton
public class DeadlineBook implements SynchronousReadModel {

    private final Db db;

    DeadlineBook(Db db) {
        this.db = db;
    }

    @Override
    public List<String> tables() {
        return List.of("deadline");
    }

    @Override
    public void beforeRebuild() {
        execute("""
                create temporary table deadline_scheduling on commit drop as
                select case_file_id, kind, claimed_until, claimed_by, attempts, last_error from deadline""");
    }

    @Override
    public void afterRebuild() {
        execute("""
                update deadline d set claimed_until = s.claimed_until, claimed_by = s.claimed_by,
                    attempts = s.attempts, last_error = s.last_error
                  from deadline_scheduling s
                 where d.case_file_id = s.case_file_id and d.kind = s.kind""");
    }

    private void execute(String sql) {
        db.useHandle(handle -> handle.execute(sql));
    }

    @EventHandler
    void on(CaseFileRegistered event) {
        open(event.caseFileId(), DeadlineKind.SUBMISSION, event.caseNumber(), event.unitId(),
                event.submissionDueOn(), event.submissionOverdueAt(), event.occurredAt());
    }

    @EventHandler
    void on(SubmissionOverdue event) {
        fire(event.caseFileId(), DeadlineKind.SUBMISSION, event.occurredAt());
    }

    @EventHandler
    void on(CaseFileSubmitted event) {
        DeadlineKind met = event.round() == 1 ? DeadlineKind.SUBMISSION : DeadlineKind.RECTIFICATION;
        cancel(event.caseFileId(), met, event.occurredAt());
    }

    @EventHandler
    void on(CaseFileReviewed event) {
        if (event.round() == 1 && event.rectificationOverdueAt() != null) {
            open(event.caseFileId(), DeadlineKind.RECTIFICATION, event.caseNumber(), event.unitId(),
                    event.rectificationDueOn(), event.rectificationOverdueAt(), event.occurredAt());
        }
    }

    @EventHandler
    void on(RectificationOverdue event) {
        fire(event.caseFileId(), DeadlineKind.RECTIFICATION, event.occurredAt());
    }

    /** A closed file has no deadline left (e.g. every round-one finding withdrawn on objection). */
    @EventHandler
    void on(CaseFileClosed event) {
        for (DeadlineKind kind : DeadlineKind.values()) {
            cancel(event.caseFileId(), kind, event.occurredAt());
        }
    }

    private void open(String caseFileId, DeadlineKind kind, String caseNumber, String unitId, LocalDate dueOn,
                      Instant dueAt, Instant at) {
        db.useHandle(handle -> handle.createUpdate("""
                        insert into deadline (case_file_id, kind, case_number, unit_id, due_on, due_at, state, opened_at)
                        values (:caseFileId, :kind, :caseNumber, :unitId, :dueOn, :dueAt, 'OPEN', :at)
                        on conflict (case_file_id, kind) do nothing""")
                .bind("caseFileId", caseFileId)
                .bind("kind", kind)
                .bind("caseNumber", caseNumber)
                .bind("unitId", unitId)
                .bind("dueOn", dueOn)
                .bind("dueAt", dueAt)
                .bind("at", at)
                .execute());
    }

    private void fire(String caseFileId, DeadlineKind kind, Instant at) {
        close(caseFileId, kind, DeadlineState.FIRED, "fired_at", at);
    }

    private void cancel(String caseFileId, DeadlineKind kind, Instant at) {
        close(caseFileId, kind, DeadlineState.CANCELLED, "cancelled_at", at);
    }

    /**
     * Ends an open (or parked) deadline once; an event replayed or already handled finds no such row and changes
     * nothing. A parked deadline whose file was dealt with meanwhile needs no retry any more.
     */
    private void close(String caseFileId, DeadlineKind kind, DeadlineState outcome, String outcomeTimeColumn,
                       Instant at) {
        db.useHandle(handle -> handle.createUpdate("update deadline set state = :outcome, " + outcomeTimeColumn
                        + " = :at, claimed_until = null, claimed_by = null"
                        + " where case_file_id = :caseFileId and kind = :kind and state in ('OPEN', 'PARKED')")
                .bind("outcome", outcome)
                .bind("at", at)
                .bind("caseFileId", caseFileId)
                .bind("kind", kind)
                .execute());
    }
}
