package cn.kaoping.training.query.evaluation;

import cn.kaoping.contracts.evaluation.Grade;
import cn.kaoping.domain.Period;
import cn.kaoping.training.selection.Candidate;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** T2: the files whose evaluation month lies in the period and whose evaluation has ended, with their latest result. */
public final class Candidates {

    private Candidates() {
    }

    public static List<Candidate> of(Handle h, Period period) {
        return h.createQuery("""
                        SELECT c.case_file_id, c.case_number, c.unit_id, COALESCE(u.name, c.unit_id),
                               c.primary_officer_id, COALESCE(o.name, c.primary_officer_id), c.score,
                               c.total_deduction, c.grade, c.veto,
                               (SELECT count(*) FROM ev_finding f WHERE f.case_file_id = c.case_file_id
                                   AND NOT f.withdrawn) AS findings
                          FROM ev_case_file c
                          LEFT JOIN unit_directory u ON u.unit_id = c.unit_id
                          LEFT JOIN officer_directory o ON o.officer_id = c.primary_officer_id
                         WHERE c.ended AND c.evaluation_month BETWEEN :from AND :to AND c.grade IS NOT NULL
                           AND c.unit_id IS NOT NULL AND c.primary_officer_id IS NOT NULL""")
                .bind("from", period.first()).bind("to", period.last())
                .map((row, ctx) -> new Candidate(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5), row.getString(6), row.getBigDecimal(7), row.getBigDecimal(8),
                        Grade.valueOf(row.getString(9)), row.getBoolean(10), row.getInt(11)))
                .list();
    }
}
