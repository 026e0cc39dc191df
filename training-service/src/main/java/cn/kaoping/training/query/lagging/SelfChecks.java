package cn.kaoping.training.query.lagging;

import cn.kaoping.training.lagging.SelfCheckRow;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * T3: the rows of a trainee's 自查表, built from the projection every time (so a rebuild gives the same list):
 * one per finding on the current card of each file he was primary officer of, evaluated in the period of one of
 * his nominations not excused (withdrawn findings left out, round-two status shown); without such a nomination,
 * the twelve months before the class starts.
 */
public final class SelfChecks {

    private SelfChecks() {
    }

    public static List<SelfCheckRow> rows(Handle h, String classId, String officerId, LocalDate classStartsOn) {
        YearMonth start = YearMonth.from(classStartsOn);
        return h.createQuery("""
                        WITH periods AS (
                            SELECT to_char(period_start, 'YYYY-MM') AS first_month,
                                   to_char(period_end, 'YYYY-MM') AS last_month
                              FROM nomination WHERE officer_id = :officer AND NOT excused
                            UNION ALL
                            SELECT :fallbackFrom, :fallbackTo
                             WHERE NOT EXISTS (SELECT 1 FROM nomination WHERE officer_id = :officer AND NOT excused))
                        SELECT c.case_file_id, c.case_number, f.finding_id, f.recorded_in_round, f.item_code,
                               COALESCE(i.text, f.item_code), f.points, f.note, f.rectification, e.self_check,
                               e.understanding
                          FROM ev_case_file c JOIN ev_finding f ON f.case_file_id = c.case_file_id
                          LEFT JOIN ev_rulebook_item i ON i.version_id = c.rulebook_version AND i.code = f.item_code
                          LEFT JOIN self_check_entry e ON e.class_id = :class AND e.officer_id = :officer
                                AND e.case_file_id = c.case_file_id AND e.finding_id = f.finding_id
                         WHERE c.primary_officer_id = :officer AND NOT f.withdrawn
                           AND EXISTS (SELECT 1 FROM periods p
                                        WHERE c.evaluation_month BETWEEN p.first_month AND p.last_month)
                         ORDER BY c.evaluation_month, c.case_number, c.case_file_id, f.recorded_in_round,
                                  f.finding_id""")
                .bind("officer", officerId).bind("class", classId)
                .bind("fallbackFrom", start.minusMonths(12)).bind("fallbackTo", start.minusMonths(1))
                .map((row, ctx) -> {
                    String rectification = row.getString(9);
                    return new SelfCheckRow(row.getString(1), row.getString(2), row.getString(3), row.getInt(4),
                            row.getString(5), row.getString(6), row.getBigDecimal(7), row.getString(8),
                            rectification == null ? null : rectification.equals("RECTIFIED"), row.getString(10),
                            row.getString(11));
                })
                .list();
    }
}
