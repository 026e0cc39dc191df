package cn.kaoping.incentive.commendation;

import cn.kaoping.domain.Period;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/** What the ranking needs from the publicity, supervision and training streams, read for one period. */
public final class CommendationFacts {

    private CommendationFacts() {
    }

    /**
     * Red cards of the latest published version of each month of the period, and accountability cases whose
     * outcome now is liability, decided (or revised to liability) in the period.
     */
    public static Map<String, List<Exclusion>> exclusions(Handle h, Period period) {
        Map<String, List<Exclusion>> out = new HashMap<>();
        h.createQuery("""
                        WITH versions AS (
                            SELECT month, max(version) AS version FROM (
                                SELECT month, version FROM published_list
                                UNION ALL SELECT month, list_version FROM red_card) v
                             WHERE month BETWEEN :first AND :last GROUP BY month),
                        carded AS (
                            SELECT r.officer_id, r.month, r.list_version, r.average_deduction
                              FROM red_card r JOIN versions v ON v.month = r.month AND v.version = r.list_version
                            UNION
                            SELECT o.officer_id, p.month, p.version, NULL
                              FROM published_list p JOIN versions v ON v.month = p.month AND v.version = p.version
                                   CROSS JOIN LATERAL unnest(p.red_card_officer_ids) AS o(officer_id))
                        SELECT officer_id, month, list_version, max(average_deduction) AS average_deduction
                          FROM carded GROUP BY officer_id, month, list_version ORDER BY month""")
                .bind("first", period.first()).bind("last", period.last())
                .map((rs, ctx) -> {
                    BigDecimal avg = rs.getBigDecimal("average_deduction");
                    return Map.entry(rs.getString("officer_id"), new Exclusion(ExclusionKind.RED_CARD,
                            rs.getString("month") + " 月执法清单（第 " + rs.getInt("list_version") + " 版）挂红牌"
                                    + (avg == null ? "" : "，平均扣分 " + avg.toPlainString())));
                })
                .forEach(e -> out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        h.createQuery("""
                        WITH current AS (
                            SELECT DISTINCT ON (case_id) case_id, officer_id, liable, forms, decided_on
                              FROM accountability_outcome
                             ORDER BY case_id, decided_on DESC, (kind = 'DECISION') ASC)
                        SELECT c.case_id, c.officer_id, c.forms, min(o.decided_on) AS decided_on
                          FROM current c JOIN accountability_outcome o ON o.case_id = c.case_id AND o.liable
                         WHERE c.liable AND o.decided_on BETWEEN :from AND :to
                         GROUP BY c.case_id, c.officer_id, c.forms ORDER BY decided_on""")
                .bind("from", period.firstDay()).bind("to", period.lastDay())
                .map((rs, ctx) -> {
                    String[] forms = (String[]) rs.getArray("forms").getArray();
                    return Map.entry(rs.getString("officer_id"), new Exclusion(ExclusionKind.ACCOUNTABILITY,
                            rs.getDate("decided_on").toLocalDate() + " 追责决定（案件 " + rs.getString("case_id")
                                    + "）：" + (forms.length == 0 ? "承担责任" : String.join("、", forms))));
                })
                .forEach(e -> out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return out;
    }

    /** Rotation-training days per officer in a year, counted from the records' days by their first day. */
    public static Map<String, BigDecimal> rotationDays(Handle h, int year) {
        Map<String, BigDecimal> days = new HashMap<>();
        h.createQuery("""
                        SELECT officer_id, sum(days) AS days FROM rotation_training
                         WHERE extract(year FROM start_on) = :year GROUP BY officer_id""")
                .bind("year", year)
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getBigDecimal(2)))
                .forEach(e -> days.put(e.getKey(), e.getValue()));
        return days;
    }

    /** The rulebook's yearly minimum in force on the first day of the year, else {@code fallback}. */
    public static int rotationMinimum(Handle h, int year, int fallback) {
        return h.createQuery("""
                        SELECT days_per_year FROM rulebook_rotation WHERE effective_from <= :day
                         ORDER BY effective_from DESC LIMIT 1""")
                .bind("day", java.time.LocalDate.of(year, 1, 1)).mapTo(Integer.class).findOne().orElse(fallback);
    }
}
