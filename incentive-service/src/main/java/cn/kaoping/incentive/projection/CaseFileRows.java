package cn.kaoping.incentive.projection;

import cn.kaoping.contracts.evaluation.CaseFileClosed;
import cn.kaoping.contracts.evaluation.CaseFileRegistered;
import cn.kaoping.contracts.evaluation.CaseFileSubmitted;
import cn.kaoping.contracts.evaluation.EvaluationCard;
import cn.kaoping.contracts.evaluation.SubmissionOverdue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * One row per case file with the inputs a scheme may read (I1's closed list) and nothing else: who handled it, its
 * kind, its evaluation month and its latest result. Each card-bearing event replaces the result unless the row holds
 * a newer one (by the event's time), so a late redelivery of an old result changes nothing.
 */
final class CaseFileRows {

    private CaseFileRows() {
    }

    /** Creates the row if needed and refreshes who handled the file; {@code coHandlers} null keeps them. */
    static void touch(Handle tx, String caseFileId, String caseNumber, String unitId, String primaryOfficerId,
                      List<String> coHandlers) {
        tx.createUpdate("""
                        INSERT INTO case_file_fact (case_file_id, case_number, unit_id, primary_officer_id, co_handler_ids)
                        VALUES (:id, :number, :unit, :primary, :co)
                        ON CONFLICT (case_file_id) DO UPDATE SET
                            case_number = COALESCE(EXCLUDED.case_number, case_file_fact.case_number),
                            unit_id = COALESCE(EXCLUDED.unit_id, case_file_fact.unit_id),
                            primary_officer_id = COALESCE(EXCLUDED.primary_officer_id, case_file_fact.primary_officer_id),
                            co_handler_ids = CASE WHEN :keepCo THEN case_file_fact.co_handler_ids
                                                  ELSE EXCLUDED.co_handler_ids END""")
                .bind("id", caseFileId).bind("number", caseNumber).bind("unit", unitId).bind("primary", primaryOfficerId)
                .bindArray("co", String.class, coHandlers == null ? List.of() : coHandlers)
                .bind("keepCo", coHandlers == null)
                .execute();
    }

    static void registered(Handle tx, CaseFileRegistered e) {
        touch(tx, e.caseFileId(), e.caseNumber(), e.unitId(), e.primaryOfficerId(), e.coHandlerIds());
        tx.createUpdate("UPDATE case_file_fact SET kind = :kind WHERE case_file_id = :id")
                .bind("kind", e.kind().name()).bind("id", e.caseFileId()).execute();
    }

    /** Process penalties before any card: the card, once there, carries them itself. */
    static void submitted(Handle tx, CaseFileSubmitted e) {
        touch(tx, e.caseFileId(), e.caseNumber(), e.unitId(), e.primaryOfficerId(), null);
        penalties(tx, e.caseFileId(), e.evaluationMonth(), e.processDeduction());
    }

    static void submissionOverdue(Handle tx, SubmissionOverdue e) {
        touch(tx, e.caseFileId(), e.caseNumber(), e.unitId(), e.primaryOfficerId(), e.coHandlerIds());
        BigDecimal deduction = e.processPenalties().stream().map(p -> p.points())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        penalties(tx, e.caseFileId(), e.evaluationMonth(), deduction);
    }

    private static void penalties(Handle tx, String caseFileId, YearMonth month, BigDecimal deduction) {
        tx.createUpdate("""
                        UPDATE case_file_fact SET process_deduction = :deduction,
                               evaluation_month = COALESCE(evaluation_month, :month)
                         WHERE case_file_id = :id AND grade IS NULL""")
                .bind("deduction", deduction == null ? BigDecimal.ZERO : deduction)
                .bind("month", month == null ? null : month.toString()).bind("id", caseFileId)
                .execute();
    }

    /** A card (a review, a card made when rectification expired, an objection's recomputed card). */
    static void card(Handle tx, String caseFileId, YearMonth month, EvaluationCard card, Instant at) {
        tx.createUpdate("""
                        UPDATE case_file_fact SET evaluation_month = :month, final_score = :score, grade = :grade,
                               classification = :classification, veto = :veto, final_round = :round,
                               process_deduction = :process, result_at = :at
                         WHERE case_file_id = :id AND (result_at IS NULL OR result_at <= :at)""")
                .bind("month", month.toString()).bind("score", card.score()).bind("grade", card.grade().name())
                .bind("classification", card.classification() == null ? null : card.classification().name())
                .bind("veto", card.veto()).bind("round", card.round())
                .bind("process", card.processDeduction() == null ? BigDecimal.ZERO : card.processDeduction())
                .bind("at", at).bind("id", caseFileId)
                .execute();
    }

    static void closed(Handle tx, CaseFileClosed e) {
        touch(tx, e.caseFileId(), e.caseNumber(), e.unitId(), e.primaryOfficerId(), e.coHandlerIds());
        tx.createUpdate("""
                        UPDATE case_file_fact SET evaluation_month = :month, final_score = :score, grade = :grade,
                               classification = :classification, final_round = :round, result_at = :at
                         WHERE case_file_id = :id AND (result_at IS NULL OR result_at <= :at)""")
                .bind("month", e.evaluationMonth().toString()).bind("score", e.score()).bind("grade", e.grade().name())
                .bind("classification", e.classification() == null ? null : e.classification().name())
                .bind("round", e.finalRound()).bind("at", e.occurredAt()).bind("id", e.caseFileId())
                .execute();
    }
}
