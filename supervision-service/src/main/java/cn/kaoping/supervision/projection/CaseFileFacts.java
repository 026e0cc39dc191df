package cn.kaoping.supervision.projection;

import cn.kaoping.contracts.evaluation.EvaluationCard;
import cn.kaoping.contracts.evaluation.Finding;
import cn.kaoping.runtime.db.Db;
import cn.kaoping.supervision.accountability.CaseFacts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** What the evaluation stream says about each case file (table sv_case_file), written as upserts. */
final class CaseFileFacts {

    /** The little the tracking rules need of a file. */
    record Known(String caseNumber, String unitId, String officerId, LocalDate rectificationDueOn, boolean closed) {
    }

    private CaseFileFacts() {
    }

    static void identify(Handle h, String caseFileId, String caseNumber, String unitId, String officerId) {
        h.createUpdate("""
                        INSERT INTO sv_case_file (case_file_id, case_number, unit_id, officer_id)
                        VALUES (:id, :number, :unit, :officer)
                        ON CONFLICT (case_file_id) DO UPDATE SET case_number = EXCLUDED.case_number,
                            unit_id = EXCLUDED.unit_id, officer_id = EXCLUDED.officer_id""")
                .bind("id", caseFileId).bind("number", caseNumber).bind("unit", unitId).bind("officer", officerId)
                .execute();
    }

    static void month(Handle h, String caseFileId, YearMonth month) {
        h.createUpdate("UPDATE sv_case_file SET evaluation_month = :month WHERE case_file_id = :id")
                .bind("month", month).bind("id", caseFileId).execute();
    }

    static void submissionOverdue(Handle h, String caseFileId) {
        h.createUpdate("UPDATE sv_case_file SET submission_overdue = true WHERE case_file_id = :id")
                .bind("id", caseFileId).execute();
    }

    /** The latest card of the file: its findings (withdrawn ones left out) and total. */
    static void card(Handle h, String caseFileId, String caseNumber, EvaluationCard card) {
        List<CaseFacts.FindingFact> findings = card.findings().stream().filter(f -> !f.withdrawn())
                .map(f -> fact(caseNumber, f)).toList();
        h.createUpdate("""
                        UPDATE sv_case_file SET findings = cast(:findings AS jsonb), total_deduction = :total, round = :round
                         WHERE case_file_id = :id""")
                .bind("findings", Db.json(findings)).bind("total", card.totalDeduction()).bind("round", card.round())
                .bind("id", caseFileId).execute();
    }

    static void rectificationDue(Handle h, String caseFileId, LocalDate dueOn) {
        h.createUpdate("UPDATE sv_case_file SET rectification_due_on = :due WHERE case_file_id = :id")
                .bind("due", dueOn).bind("id", caseFileId).execute();
    }

    static void roundTwo(Handle h, String caseFileId, int unrectified) {
        h.createUpdate("UPDATE sv_case_file SET unrectified_count = :n WHERE case_file_id = :id")
                .bind("n", unrectified).bind("id", caseFileId).execute();
    }

    static void refused(Handle h, String caseFileId) {
        h.createUpdate("UPDATE sv_case_file SET refused_rectification = true WHERE case_file_id = :id")
                .bind("id", caseFileId).execute();
    }

    static void closed(Handle h, String caseFileId, boolean allRectified, BigDecimal total) {
        h.createUpdate("""
                        UPDATE sv_case_file SET closed = true, all_rectified = :rectified,
                               total_deduction = coalesce(:total, total_deduction) WHERE case_file_id = :id""")
                .bind("rectified", allRectified).bind("total", total).bind("id", caseFileId).execute();
    }

    static int unrectified(Handle h, String caseFileId) {
        return h.createQuery("SELECT unrectified_count FROM sv_case_file WHERE case_file_id = :id")
                .bind("id", caseFileId).mapTo(Integer.class).findOne().orElse(0);
    }

    static Optional<Known> find(Handle h, String caseFileId) {
        return h.createQuery("""
                        SELECT case_number, unit_id, officer_id, rectification_due_on, closed FROM sv_case_file
                         WHERE case_file_id = :id""")
                .bind("id", caseFileId)
                .map((rs, ctx) -> new Known(rs.getString("case_number"), rs.getString("unit_id"),
                        rs.getString("officer_id"), rs.getObject("rectification_due_on", LocalDate.class),
                        rs.getBoolean("closed")))
                .findOne();
    }

    private static CaseFacts.FindingFact fact(String caseNumber, Finding f) {
        return new CaseFacts.FindingFact(caseNumber, f.findingId(), f.itemCode(), f.dimension(), f.points(),
                f.countedPoints(), f.findingClass() == null ? null : f.findingClass().name(), f.note(),
                f.rectification() == null ? null : f.rectification().name());
    }
}
