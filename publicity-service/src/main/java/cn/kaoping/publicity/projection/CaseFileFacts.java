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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * One row per case file: who handled it, its evaluation month and its current deduction (precise rules of
 * PROCESS.md). Each score-bearing event carries the file's month and totals, so the row simply takes them:
 * a round-two card, a late review or an objection decision replaces the deduction in the month the file
 * already counts in. A result older than the one the row holds is ignored.
 */
final class CaseFileFacts {

    private CaseFileFacts() {
    }

    static void registered(Handle tx, String eventId, CaseFileRegistered e) {
        touch(tx, eventId, e, e.caseFileId(), e.caseNumber(), e.unitId(), e.primaryOfficerId(), e.coHandlerIds());
        tx.createUpdate("""
                        UPDATE case_file SET kind = :kind, closed_on = :closedOn, rulebook_version = :rulebook
                         WHERE case_file_id = :id""")
                .bind("kind", e.kind()).bind("closedOn", e.closedOn()).bind("rulebook", e.rulebookVersion())
                .bind("id", e.caseFileId())
                .execute();
    }

    /**
     * Creates the row if needed and refreshes who handled the file.
     *
     * @param coHandlerIds null when the event does not carry them (then they are kept)
     */
    static void touch(Handle tx, String eventId, EvaluationEvent event, String caseFileId, String caseNumber,
                      String unitId, String primaryOfficerId, List<String> coHandlerIds) {
        Objects.requireNonNull(caseFileId, "caseFileId");
        tx.createUpdate("""
                        INSERT INTO case_file (case_file_id, case_number, unit_id, primary_officer_id, co_handler_ids,
                                               last_event_id, last_event_type)
                        VALUES (:id, :caseNumber, :unit, :primary, :coHandlers, :eventId, :eventType)
                        ON CONFLICT (case_file_id) DO UPDATE SET
                            case_number = COALESCE(EXCLUDED.case_number, case_file.case_number),
                            unit_id = COALESCE(EXCLUDED.unit_id, case_file.unit_id),
                            primary_officer_id = COALESCE(EXCLUDED.primary_officer_id, case_file.primary_officer_id),
                            co_handler_ids = CASE WHEN :replaceCoHandlers THEN EXCLUDED.co_handler_ids
                                                  ELSE case_file.co_handler_ids END,
                            last_event_id = EXCLUDED.last_event_id,
                            last_event_type = EXCLUDED.last_event_type""")
                .bind("id", caseFileId).bind("caseNumber", caseNumber).bind("unit", unitId)
                .bind("primary", primaryOfficerId)
                .bindArray("coHandlers", String.class, coHandlerIds == null ? List.of() : coHandlerIds)
                .bind("eventId", eventId).bind("eventType", event.getClass().getSimpleName())
                .bind("replaceCoHandlers", coHandlerIds != null)
                .execute();
    }

    static void submitted(Handle tx, String eventId, CaseFileSubmitted e) {
        touch(tx, eventId, e, e.caseFileId(), e.caseNumber(), e.unitId(), e.primaryOfficerId(), null);
        tx.createUpdate("UPDATE case_file SET process_penalties = :penalties WHERE case_file_id = :id")
                .bind("penalties", penaltyCodes(e.processPenalties())).bind("id", e.caseFileId())
                .execute();
        if (e.evaluationMonth() != null) {
            // A late submission of a file that already counts (its deadline passed): until it is reviewed, its
            // deduction is its process penalties, LATE now in place of MISSING.
            tx.createUpdate("""
                            UPDATE case_file SET evaluation_month = :month, total_deduction = :deduction,
                                   score = 100 - :deduction, result_at = :at
                             WHERE case_file_id = :id AND card_round IS NULL
                               AND (result_at IS NULL OR result_at <= :at)""")
                    .bind("month", e.evaluationMonth()).bind("deduction", e.processDeduction())
                    .bind("at", e.occurredAt()).bind("id", e.caseFileId())
                    .execute();
        }
    }

    static void submissionOverdue(Handle tx, String eventId, SubmissionOverdue e) {
        touch(tx, eventId, e, e.caseFileId(), e.caseNumber(), e.unitId(), e.primaryOfficerId(), e.coHandlerIds());
        tx.createUpdate("""
                        UPDATE case_file SET overdue_submission = true,
                               rulebook_version = COALESCE(rulebook_version, :rulebook)
                         WHERE case_file_id = :id""")
                .bind("rulebook", e.rulebookVersion()).bind("id", e.caseFileId())
                .execute();
        result(tx, e.caseFileId(), e.evaluationMonth(), e.totalDeduction(), e.score(), null, null, null,
                e.processPenalties(), e.occurredAt());
    }

    static void reviewed(Handle tx, String eventId, CaseFileReviewed e) {
        touch(tx, eventId, e, e.caseFileId(), e.caseNumber(), e.unitId(), e.primaryOfficerId(), e.coHandlerIds());
        card(tx, e.caseFileId(), e.evaluationMonth(), e.card(), e.occurredAt());
    }

    static void rectificationOverdue(Handle tx, String eventId, RectificationOverdue e) {
        touch(tx, eventId, e, e.caseFileId(), e.caseNumber(), e.unitId(), e.primaryOfficerId(), e.coHandlerIds());
        tx.createUpdate("UPDATE case_file SET overdue_rectification = true WHERE case_file_id = :id")
                .bind("id", e.caseFileId())
                .execute();
        card(tx, e.caseFileId(), e.evaluationMonth(), e.card(), e.occurredAt());
    }

    static void objectionDecided(Handle tx, String eventId, ObjectionDecided e) {
        touch(tx, eventId, e, e.caseFileId(), e.caseNumber(), e.unitId(), e.primaryOfficerId(), e.coHandlerIds());
        card(tx, e.caseFileId(), e.evaluationMonth(), e.card(), e.occurredAt());
    }

    static void closed(Handle tx, String eventId, CaseFileClosed e) {
        touch(tx, eventId, e, e.caseFileId(), e.caseNumber(), e.unitId(), e.primaryOfficerId(), e.coHandlerIds());
        tx.createUpdate("""
                        UPDATE case_file SET closed = true, overdue_submission = overdue_submission OR :submission,
                               overdue_rectification = overdue_rectification OR :rectification
                         WHERE case_file_id = :id""")
                .bind("submission", e.overdueSubmission()).bind("rectification", e.overdueRectification())
                .bind("id", e.caseFileId())
                .execute();
        tx.createUpdate("""
                        UPDATE case_file SET evaluation_month = :month, total_deduction = :deduction, score = :score,
                               grade = :grade, classification = :classification,
                               card_round = COALESCE(card_round, :round), result_at = :at
                         WHERE case_file_id = :id AND (result_at IS NULL OR result_at <= :at)""")
                .bind("month", e.evaluationMonth()).bind("deduction", e.totalDeduction()).bind("score", e.score())
                .bind("grade", e.grade()).bind("classification", e.classification()).bind("round", e.finalRound())
                .bind("at", e.occurredAt()).bind("id", e.caseFileId())
                .execute();
    }

    /** The file's current card: its result, and its findings in place of the previous card's. */
    private static void card(Handle tx, String caseFileId, YearMonth month, EvaluationCard card, Instant at) {
        Objects.requireNonNull(card, "card");
        boolean applied = result(tx, caseFileId, month, card.totalDeduction(), card.score(), card.grade().name(),
                card.classification().name(), card.round(), card.processPenalties(), at);
        if (!applied) {
            return;
        }
        tx.createUpdate("DELETE FROM case_file_finding WHERE case_file_id = :id").bind("id", caseFileId).execute();
        for (Finding finding : card.findings()) {
            tx.createUpdate("""
                            INSERT INTO case_file_finding (case_file_id, finding_id, item_code, dimension, points,
                                                           counted_points, finding_class, veto, withdrawn,
                                                           rulebook_version)
                            VALUES (:id, :finding, :item, :dimension, :points, :counted, :class, :veto, :withdrawn,
                                    :rulebook)""")
                    .bind("id", caseFileId).bind("finding", finding.findingId()).bind("item", finding.itemCode())
                    .bind("dimension", finding.dimension()).bind("points", finding.points())
                    .bind("counted", finding.countedPoints()).bind("class", finding.findingClass())
                    .bind("veto", finding.veto()).bind("withdrawn", finding.withdrawn())
                    .bind("rulebook", card.rulebookVersion())
                    .execute();
        }
    }

    /** @return false when the row already holds a newer result */
    private static boolean result(Handle tx, String caseFileId, YearMonth month, BigDecimal totalDeduction,
                                  BigDecimal score, String grade, String classification, Integer round,
                                  List<ProcessPenalty> penalties, Instant at) {
        Objects.requireNonNull(month, "evaluationMonth");
        Objects.requireNonNull(totalDeduction, "totalDeduction");
        return tx.createUpdate("""
                        UPDATE case_file SET evaluation_month = :month, total_deduction = :deduction, score = :score,
                               grade = :grade, classification = :classification, card_round = :round,
                               process_penalties = :penalties, result_at = :at
                         WHERE case_file_id = :id AND (result_at IS NULL OR result_at <= :at)""")
                .bind("month", month).bind("deduction", totalDeduction).bind("score", score).bind("grade", grade)
                .bind("classification", classification).bind("round", round)
                .bind("penalties", penaltyCodes(penalties)).bind("at", at).bind("id", caseFileId)
                .execute() == 1;
    }

    private static String penaltyCodes(List<ProcessPenalty> penalties) {
        return penalties.stream().map(p -> p.code().name()).distinct().collect(Collectors.joining(","));
    }
}
