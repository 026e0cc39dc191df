package cn.kaoping.publicity.projection;

import cn.kaoping.contracts.evaluation.CaseFileClosed;
import cn.kaoping.contracts.evaluation.CaseFileRegistered;
import cn.kaoping.contracts.evaluation.CaseFileReviewed;
import cn.kaoping.contracts.evaluation.CaseFileSubmitted;
import cn.kaoping.contracts.evaluation.EvaluationCard;
import cn.kaoping.contracts.evaluation.EvaluationEvent;
import cn.kaoping.contracts.evaluation.Finding;
import cn.kaoping.contracts.evaluation.ObjectionDecided;
import cn.kaoping.contracts.evaluation.ProcessPenalty;
import cn.kaoping.contracts.evaluation.RectificationOverdue;
import cn.kaoping.contracts.evaluation.SubmissionOverdue;
import cn.kaoping.publicity.db.Sql;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One row per case file: who handled it, its evaluation month and its current deduction (precise rules of
 * PROCESS.md). Each score-bearing event carries the file's month and totals, so the row simply takes them:
 * a round-two card, a late review or an objection decision replaces the deduction in the month the file
 * already counts in. A result older than the one the row holds is ignored.
 */
final class CaseFileFacts {

    private CaseFileFacts() {
    }

    static void registered(Connection tx, String eventId, CaseFileRegistered e) throws SQLException {
        touch(tx, eventId, e, e.caseFileId(), e.caseNumber(), e.unitId(), e.primaryOfficerId(), e.coHandlerIds());
        Sql.update(tx, "UPDATE case_file SET kind = ?, closed_on = ?, rulebook_version = ? WHERE case_file_id = ?",
                e.kind(), e.closedOn(), e.rulebookVersion(), e.caseFileId());
    }

    /**
     * Creates the row if needed and refreshes who handled the file.
     *
     * @param coHandlerIds null when the event does not carry them (then they are kept)
     */
    static void touch(Connection tx, String eventId, EvaluationEvent event, String caseFileId, String caseNumber,
                      String unitId, String primaryOfficerId, List<String> coHandlerIds) throws SQLException {
        Objects.requireNonNull(caseFileId, "caseFileId");
        Sql.update(tx, """
                INSERT INTO case_file (case_file_id, case_number, unit_id, primary_officer_id, co_handler_ids,
                                       last_event_id, last_event_type)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (case_file_id) DO UPDATE SET
                    case_number = COALESCE(EXCLUDED.case_number, case_file.case_number),
                    unit_id = COALESCE(EXCLUDED.unit_id, case_file.unit_id),
                    primary_officer_id = COALESCE(EXCLUDED.primary_officer_id, case_file.primary_officer_id),
                    co_handler_ids = CASE WHEN ? THEN EXCLUDED.co_handler_ids ELSE case_file.co_handler_ids END,
                    last_event_id = EXCLUDED.last_event_id,
                    last_event_type = EXCLUDED.last_event_type""",
                caseFileId, caseNumber, unitId, primaryOfficerId, coHandlerIds == null ? List.of() : coHandlerIds,
                eventId, event.getClass().getSimpleName(), coHandlerIds != null);
    }

    static void submitted(Connection tx, String eventId, CaseFileSubmitted e) throws SQLException {
        touch(tx, eventId, e, e.caseFileId(), e.caseNumber(), e.unitId(), e.primaryOfficerId(), null);
        Sql.update(tx, "UPDATE case_file SET process_penalties = ? WHERE case_file_id = ?",
                penaltyCodes(e.processPenalties()), e.caseFileId());
        if (e.evaluationMonth() != null) {
            // A late submission of a file that already counts (its deadline passed): until it is reviewed, its
            // deduction is its process penalties, LATE now in place of MISSING.
            Sql.update(tx, """
                    UPDATE case_file SET evaluation_month = ?, total_deduction = ?, score = 100 - ?, result_at = ?
                     WHERE case_file_id = ? AND card_round IS NULL AND (result_at IS NULL OR result_at <= ?)""",
                    e.evaluationMonth(), e.processDeduction(), e.processDeduction(), e.occurredAt(),
                    e.caseFileId(), e.occurredAt());
        }
    }

    static void submissionOverdue(Connection tx, String eventId, SubmissionOverdue e) throws SQLException {
        touch(tx, eventId, e, e.caseFileId(), e.caseNumber(), e.unitId(), e.primaryOfficerId(), e.coHandlerIds());
        Sql.update(tx, "UPDATE case_file SET overdue_submission = true, rulebook_version = COALESCE(rulebook_version, ?)"
                + " WHERE case_file_id = ?", e.rulebookVersion(), e.caseFileId());
        result(tx, e.caseFileId(), e.evaluationMonth(), e.totalDeduction(), e.score(), null, null, null,
                e.processPenalties(), e.occurredAt());
    }

    static void reviewed(Connection tx, String eventId, CaseFileReviewed e) throws SQLException {
        touch(tx, eventId, e, e.caseFileId(), e.caseNumber(), e.unitId(), e.primaryOfficerId(), e.coHandlerIds());
        card(tx, e.caseFileId(), e.evaluationMonth(), e.card(), e.occurredAt());
    }

    static void rectificationOverdue(Connection tx, String eventId, RectificationOverdue e) throws SQLException {
        touch(tx, eventId, e, e.caseFileId(), e.caseNumber(), e.unitId(), e.primaryOfficerId(), e.coHandlerIds());
        Sql.update(tx, "UPDATE case_file SET overdue_rectification = true WHERE case_file_id = ?", e.caseFileId());
        card(tx, e.caseFileId(), e.evaluationMonth(), e.card(), e.occurredAt());
    }

    static void objectionDecided(Connection tx, String eventId, ObjectionDecided e) throws SQLException {
        touch(tx, eventId, e, e.caseFileId(), e.caseNumber(), e.unitId(), e.primaryOfficerId(), e.coHandlerIds());
        card(tx, e.caseFileId(), e.evaluationMonth(), e.card(), e.occurredAt());
    }

    static void closed(Connection tx, String eventId, CaseFileClosed e) throws SQLException {
        touch(tx, eventId, e, e.caseFileId(), e.caseNumber(), e.unitId(), e.primaryOfficerId(), e.coHandlerIds());
        Sql.update(tx, """
                UPDATE case_file SET closed = true, overdue_submission = overdue_submission OR ?,
                       overdue_rectification = overdue_rectification OR ?
                 WHERE case_file_id = ?""", e.overdueSubmission(), e.overdueRectification(), e.caseFileId());
        Sql.update(tx, """
                UPDATE case_file SET evaluation_month = ?, total_deduction = ?, score = ?, grade = ?,
                       classification = ?, card_round = COALESCE(card_round, ?), result_at = ?
                 WHERE case_file_id = ? AND (result_at IS NULL OR result_at <= ?)""",
                e.evaluationMonth(), e.totalDeduction(), e.score(), e.grade(), e.classification(), e.finalRound(),
                e.occurredAt(), e.caseFileId(), e.occurredAt());
    }

    /** The file's current card: its result, and its findings in place of the previous card's. */
    private static void card(Connection tx, String caseFileId, YearMonth month, EvaluationCard card, Instant at)
            throws SQLException {
        Objects.requireNonNull(card, "card");
        boolean applied = result(tx, caseFileId, month, card.totalDeduction(), card.score(), card.grade().name(),
                card.classification().name(), card.round(), card.processPenalties(), at);
        if (!applied) {
            return;
        }
        Sql.update(tx, "DELETE FROM case_file_finding WHERE case_file_id = ?", caseFileId);
        for (Finding finding : card.findings()) {
            Sql.update(tx, """
                    INSERT INTO case_file_finding (case_file_id, finding_id, item_code, dimension, points, counted_points,
                                                   finding_class, veto, withdrawn, rulebook_version)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    caseFileId, finding.findingId(), finding.itemCode(), finding.dimension(), finding.points(),
                    finding.countedPoints(), finding.findingClass(), finding.veto(), finding.withdrawn(),
                    card.rulebookVersion());
        }
    }

    /** @return false when the row already holds a newer result */
    private static boolean result(Connection tx, String caseFileId, YearMonth month, BigDecimal totalDeduction,
                                  BigDecimal score, String grade, String classification, Integer round,
                                  List<ProcessPenalty> penalties, Instant at) throws SQLException {
        Objects.requireNonNull(month, "evaluationMonth");
        Objects.requireNonNull(totalDeduction, "totalDeduction");
        return Sql.update(tx, """
                UPDATE case_file SET evaluation_month = ?, total_deduction = ?, score = ?, grade = ?, classification = ?,
                       card_round = ?, process_penalties = ?, result_at = ?
                 WHERE case_file_id = ? AND (result_at IS NULL OR result_at <= ?)""",
                month, totalDeduction, score, grade, classification, round, penaltyCodes(penalties), at,
                caseFileId, at) == 1;
    }

    private static String penaltyCodes(List<ProcessPenalty> penalties) {
        return penalties.stream().map(p -> p.code().name()).distinct().collect(Collectors.joining(","));
    }
}
