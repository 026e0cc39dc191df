package cn.kaoping.evaluation.infrastructure.deadlines;

import cn.kaoping.contracts.evaluation.CaseFileClosed;
import cn.kaoping.contracts.evaluation.CaseFileRegistered;
import cn.kaoping.contracts.evaluation.CaseFileReviewed;
import cn.kaoping.contracts.evaluation.CaseFileSubmitted;
import cn.kaoping.contracts.evaluation.RectificationOverdue;
import cn.kaoping.contracts.evaluation.SubmissionOverdue;
import cn.kaoping.evaluation.deadline.DeadlineKind;
import cn.kaoping.evaluation.infrastructure.axon.SynchronousReadModel;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
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
 * by {@code AxonSetup}, as every {@link SynchronousReadModel}.
 *
 * <p>A rebuild recreates each row from the events, a fired one included: its overdue event fires it again. The
 * scheduler's own columns (claim, attempts, last error) follow from no event; they are kept across the rebuild.
 */
@Singleton
public class DeadlineBook implements SynchronousReadModel {

    private final DataSource dataSource;

    DeadlineBook(DataSource dataSource) {
        this.dataSource = dataSource;
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
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("deadline table: " + sql, e);
        }
    }

    @EventHandler
    void on(CaseFileRegistered event) throws SQLException {
        open(event.caseFileId(), DeadlineKind.SUBMISSION, event.caseNumber(), event.unitId(),
                event.submissionDueOn(), event.submissionOverdueAt(), event.occurredAt());
    }

    @EventHandler
    void on(SubmissionOverdue event) throws SQLException {
        fire(event.caseFileId(), DeadlineKind.SUBMISSION, event.occurredAt());
    }

    @EventHandler
    void on(CaseFileSubmitted event) throws SQLException {
        DeadlineKind met = event.round() == 1 ? DeadlineKind.SUBMISSION : DeadlineKind.RECTIFICATION;
        cancel(event.caseFileId(), met, event.occurredAt());
    }

    @EventHandler
    void on(CaseFileReviewed event) throws SQLException {
        if (event.round() == 1 && event.rectificationOverdueAt() != null) {
            open(event.caseFileId(), DeadlineKind.RECTIFICATION, event.caseNumber(), event.unitId(),
                    event.rectificationDueOn(), event.rectificationOverdueAt(), event.occurredAt());
        }
    }

    @EventHandler
    void on(RectificationOverdue event) throws SQLException {
        fire(event.caseFileId(), DeadlineKind.RECTIFICATION, event.occurredAt());
    }

    /** A closed file has no deadline left (e.g. every round-one finding withdrawn on objection). */
    @EventHandler
    void on(CaseFileClosed event) throws SQLException {
        for (DeadlineKind kind : DeadlineKind.values()) {
            cancel(event.caseFileId(), kind, event.occurredAt());
        }
    }

    private void open(String caseFileId, DeadlineKind kind, String caseNumber, String unitId, LocalDate dueOn,
                      Instant dueAt, Instant at) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     insert into deadline (case_file_id, kind, case_number, unit_id, due_on, due_at, state, opened_at)
                     values (?, ?, ?, ?, ?, ?, 'OPEN', ?)
                     on conflict (case_file_id, kind) do nothing""")) {
            insert.setString(1, caseFileId);
            insert.setString(2, kind.name());
            insert.setString(3, caseNumber);
            insert.setString(4, unitId);
            insert.setObject(5, dueOn);
            insert.setObject(6, dueAt.atOffset(ZoneOffset.UTC));
            insert.setObject(7, at.atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    private void fire(String caseFileId, DeadlineKind kind, Instant at) throws SQLException {
        close(caseFileId, kind, DeadlineState.FIRED, "fired_at", at);
    }

    private void cancel(String caseFileId, DeadlineKind kind, Instant at) throws SQLException {
        close(caseFileId, kind, DeadlineState.CANCELLED, "cancelled_at", at);
    }

    /** Ends an open deadline once; an event replayed or already handled finds no open row and changes nothing. */
    private void close(String caseFileId, DeadlineKind kind, DeadlineState outcome, String outcomeTimeColumn,
                       Instant at) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "update deadline set state = ?, " + outcomeTimeColumn + " = ?, claimed_until = null, claimed_by = null"
                             + " where case_file_id = ? and kind = ? and state = 'OPEN'")) {
            update.setString(1, outcome.name());
            update.setObject(2, at.atOffset(ZoneOffset.UTC));
            update.setString(3, caseFileId);
            update.setString(4, kind.name());
            update.executeUpdate();
        }
    }
}
