package cn.kaoping.incentive.projection;

import cn.kaoping.contracts.evaluation.RulebookVersionPublished;
import cn.kaoping.contracts.publicity.MonthlyListPublished;
import cn.kaoping.contracts.publicity.RedCardIssued;
import cn.kaoping.contracts.supervision.AccountabilityDecided;
import cn.kaoping.contracts.supervision.AccountabilityDecisionRevised;
import cn.kaoping.contracts.training.RotationTrainingRecorded;
import cn.kaoping.contracts.training.SelectedFile;
import cn.kaoping.contracts.training.SelectionConfirmed;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** Rows of the publicity, training and supervision streams and of the rulebook, each written as an upsert. */
final class StreamRows {

    private StreamRows() {
    }

    static void rulebook(Handle tx, RulebookVersionPublished e) {
        if (e.rulebook() == null || e.rulebook().thresholds() == null || e.rulebook().effectiveFrom() == null) {
            return;
        }
        tx.createUpdate("""
                        INSERT INTO rulebook_rotation (version_id, effective_from, days_per_year) VALUES (:id, :from, :days)
                        ON CONFLICT (version_id) DO UPDATE SET effective_from = EXCLUDED.effective_from,
                            days_per_year = EXCLUDED.days_per_year""")
                .bind("id", e.versionId()).bind("from", e.rulebook().effectiveFrom())
                .bind("days", e.rulebook().thresholds().rotationTrainingDaysPerYear())
                .execute();
    }

    static void listPublished(Handle tx, MonthlyListPublished e) {
        tx.createUpdate("""
                        INSERT INTO published_list (month, version, red_card_officer_ids) VALUES (:month, :version, :ids)
                        ON CONFLICT (month, version) DO UPDATE SET red_card_officer_ids = EXCLUDED.red_card_officer_ids""")
                .bind("month", e.month().toString()).bind("version", e.version())
                .bindArray("ids", String.class, e.redCardOfficerIds())
                .execute();
    }

    static void redCard(Handle tx, RedCardIssued e) {
        tx.createUpdate("""
                        INSERT INTO red_card (officer_id, month, list_version, unit_id, average_deduction, files_evaluated)
                        VALUES (:officer, :month, :version, :unit, :avg, :files)
                        ON CONFLICT (officer_id, month, list_version) DO UPDATE SET unit_id = EXCLUDED.unit_id,
                            average_deduction = EXCLUDED.average_deduction, files_evaluated = EXCLUDED.files_evaluated""")
                .bind("officer", e.officerId()).bind("month", e.month().toString()).bind("version", e.listVersion())
                .bind("unit", e.unitId()).bind("avg", e.averageDeduction()).bind("files", e.filesEvaluated())
                .execute();
    }

    /** 十佳: the best files of a confirmed selection earn the scheme's bonus. */
    static void selection(Handle tx, SelectionConfirmed e) {
        for (SelectedFile file : e.best()) {
            tx.createUpdate("""
                            INSERT INTO ten_best_file (case_file_id, selection_id, period, rank)
                            VALUES (:file, :selection, :period, :rank)
                            ON CONFLICT (case_file_id) DO UPDATE SET selection_id = EXCLUDED.selection_id,
                                period = EXCLUDED.period, rank = EXCLUDED.rank""")
                    .bind("file", file.caseFileId()).bind("selection", e.selectionId())
                    .bind("period", e.period() == null ? "" : e.period()).bind("rank", file.rank())
                    .execute();
        }
    }

    static void rotation(Handle tx, RotationTrainingRecorded e) {
        tx.createUpdate("""
                        INSERT INTO rotation_training (record_id, officer_id, unit_id, start_on, end_on, days)
                        VALUES (:id, :officer, :unit, :start, :end, :days)
                        ON CONFLICT (record_id) DO UPDATE SET officer_id = EXCLUDED.officer_id, unit_id = EXCLUDED.unit_id,
                            start_on = EXCLUDED.start_on, end_on = EXCLUDED.end_on, days = EXCLUDED.days""")
                .bind("id", e.recordId()).bind("officer", e.officerId()).bind("unit", e.unitId())
                .bind("start", e.startOn()).bind("end", e.endOn())
                .bind("days", e.days() == null ? java.math.BigDecimal.ZERO : e.days())
                .execute();
    }

    static void decided(Handle tx, AccountabilityDecided e) {
        outcome(tx, e.caseId(), "DECISION", e.decidedOn(), e.officerId(), e.unitId(), e.liable(), e.forms());
    }

    static void revised(Handle tx, AccountabilityDecisionRevised e) {
        outcome(tx, e.caseId(), e.kind() == null ? "REVISION" : e.kind().name(), e.decidedOn(), e.officerId(),
                e.unitId(), e.liable(), e.forms());
    }

    private static void outcome(Handle tx, String caseId, String kind, java.time.LocalDate decidedOn, String officerId,
                                String unitId, boolean liable, List<String> forms) {
        if (decidedOn == null) {
            throw new IllegalArgumentException("accountability outcome of case " + caseId + " has no decidedOn");
        }
        tx.createUpdate("""
                        INSERT INTO accountability_outcome (case_id, kind, decided_on, officer_id, unit_id, liable, forms)
                        VALUES (:case, :kind, :on, :officer, :unit, :liable, :forms)
                        ON CONFLICT (case_id, kind, decided_on) DO UPDATE SET liable = EXCLUDED.liable,
                            forms = EXCLUDED.forms, officer_id = EXCLUDED.officer_id, unit_id = EXCLUDED.unit_id""")
                .bind("case", caseId).bind("kind", kind).bind("on", decidedOn).bind("officer", officerId)
                .bind("unit", unitId).bind("liable", liable).bindArray("forms", String.class, forms)
                .execute();
    }
}
