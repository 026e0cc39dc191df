package cn.kaoping.supervision.accountability.opening;

import cn.kaoping.contracts.Json;
import cn.kaoping.runtime.directory.Directory;
import cn.kaoping.supervision.accountability.CaseFacts;
import com.fasterxml.jackson.core.type.TypeReference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** Gathers an officer's facts from the projection when a case opens; they are then kept with the case. */
final class FactsCollector {

    private static final TypeReference<List<CaseFacts.FindingFact>> FINDINGS = new TypeReference<>() {
    };

    private FactsCollector() {
    }

    /**
     * @param caseFileIds the proposal's files; null: every file of the officer with a finding, a refused
     *                    rectification or a ten-worst place
     * @param months      the proposal's red-card months; null: all of them
     */
    static CaseFacts collect(Handle h, String officerId, List<String> caseFileIds, List<String> months) {
        Directory.Officer officer = Directory.officer(h, officerId).orElse(null);
        String unitName = officer == null ? null : h.createQuery("SELECT name FROM unit_directory WHERE unit_id = :u")
                .bind("u", officer.unitId()).mapTo(String.class).findOne().orElse(officer.unitId());
        List<CaseFacts.FileFact> files = new ArrayList<>();
        List<CaseFacts.FindingFact> errors = new ArrayList<>();
        List<CaseFacts.FindingFact> flaws = new ArrayList<>();
        h.createQuery("""
                        SELECT f.case_file_id, f.case_number, f.evaluation_month, f.total_deduction, f.rectification_due_on,
                               f.submission_overdue, f.refused_rectification, f.findings::text AS findings,
                               (w.case_file_id IS NOT NULL) AS ten_worst
                          FROM sv_case_file f LEFT JOIN sv_ten_worst w ON w.case_file_id = f.case_file_id
                         WHERE f.officer_id = :officer
                           AND (CAST(:ids AS text[]) IS NULL AND (jsonb_array_length(f.findings) > 0
                                    OR f.refused_rectification OR w.case_file_id IS NOT NULL)
                                OR f.case_file_id = ANY (CAST(:ids AS text[])))
                         ORDER BY f.evaluation_month, f.case_number""")
                .bind("officer", officerId)
                .bindArray("ids", String.class, caseFileIds)
                .map((rs, ctx) -> {
                    List<String> missed = new ArrayList<>();
                    LocalDate due = rs.getObject("rectification_due_on", LocalDate.class);
                    if (rs.getBoolean("submission_overdue")) {
                        missed.add("送评期限届满未送评");
                    }
                    if (rs.getBoolean("refused_rectification")) {
                        missed.add("整改期限" + (due == null ? "" : due) + "届满未重新送评（拒不整改）");
                    }
                    for (CaseFacts.FindingFact f : findings(rs.getString("findings"))) {
                        ("NOT_STRICT".equals(f.findingClass()) ? errors : flaws).add(f);
                    }
                    return new CaseFacts.FileFact(rs.getString("case_file_id"), rs.getString("case_number"),
                            rs.getString("evaluation_month"), rs.getBigDecimal("total_deduction"), due,
                            rs.getBoolean("ten_worst"), missed);
                })
                .forEach(files::add);
        List<CaseFacts.RedCardFact> redCards = h.createQuery("""
                        SELECT month, average_deduction, files_evaluated FROM sv_red_card
                         WHERE officer_id = :officer AND (CAST(:months AS text[]) IS NULL OR month = ANY (CAST(:months AS text[])))
                         ORDER BY month""")
                .bind("officer", officerId).bindArray("months", String.class, months)
                .map((rs, ctx) -> new CaseFacts.RedCardFact(rs.getString("month"), rs.getBigDecimal("average_deduction"),
                        rs.getInt("files_evaluated")))
                .list();
        List<CaseFacts.ExamFact> exams = h.createQuery("""
                        SELECT class_id, score, attempts FROM sv_failed_exam WHERE officer_id = :officer ORDER BY class_id""")
                .bind("officer", officerId)
                .map((rs, ctx) -> new CaseFacts.ExamFact(rs.getString("class_id"), rs.getBigDecimal("score"),
                        rs.getInt("attempts")))
                .list();
        return new CaseFacts(officer == null ? officerId : officer.name(), officer == null ? null : officer.policeNumber(),
                unitName, files, errors, flaws, redCards, exams);
    }

    private static List<CaseFacts.FindingFact> findings(String json) {
        try {
            return Json.mapper().readValue(json, FINDINGS);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("unreadable findings in sv_case_file", e);
        }
    }
}
