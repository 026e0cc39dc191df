package cn.kaoping.training.query.evaluation;

import cn.kaoping.training.meeting.Agenda;
import java.sql.Array;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** What the projection knows of one evaluation month, as the agenda of its meeting reports it (T1). */
public final class MonthFacts {

    private MonthFacts() {
    }

    public static Agenda.Figures figures(Handle h, YearMonth month) {
        return h.createQuery("""
                        SELECT count(*), count(*) FILTER (WHERE classification = 'NOT_STRICT'),
                               count(*) FILTER (WHERE classification = 'NOT_STANDARDIZED')
                          FROM ev_case_file WHERE evaluation_month = :month""")
                .bind("month", month)
                .map((row, ctx) -> new Agenda.Figures(row.getInt(1), row.getInt(2), row.getInt(3))).one();
    }

    /** The ten most frequent items found on the month's current cards (withdrawn findings left out). */
    public static List<Agenda.FrequentItem> frequentItems(Handle h, YearMonth month, int limit) {
        return h.createQuery("""
                        SELECT f.item_code, min(COALESCE(i.text, f.item_code)) AS text, count(*) AS n,
                               array_agg(DISTINCT c.unit_id) AS units
                          FROM ev_finding f JOIN ev_case_file c ON c.case_file_id = f.case_file_id
                          LEFT JOIN ev_rulebook_item i ON i.version_id = c.rulebook_version AND i.code = f.item_code
                         WHERE c.evaluation_month = :month AND NOT f.withdrawn
                         GROUP BY f.item_code ORDER BY n DESC, f.item_code LIMIT :limit""")
                .bind("month", month).bind("limit", limit)
                .map((row, ctx) -> new Agenda.FrequentItem(row.getString(1), row.getString(2), row.getInt(3),
                        unitRefs(h, row.getArray(4))))
                .list();
    }

    public static List<Agenda.UnitLine> units(Handle h, YearMonth month) {
        return h.createQuery("""
                        SELECT c.unit_id, COALESCE(u.name, c.unit_id), count(*), round(avg(c.total_deduction), 2),
                               count(*) FILTER (WHERE c.total_deduction > 0)
                          FROM ev_case_file c LEFT JOIN unit_directory u ON u.unit_id = c.unit_id
                         WHERE c.evaluation_month = :month
                         GROUP BY c.unit_id, u.name, u.code ORDER BY u.code, c.unit_id""")
                .bind("month", month)
                .map((row, ctx) -> new Agenda.UnitLine(row.getString(1), row.getString(2), row.getInt(3),
                        row.getBigDecimal(4), row.getInt(5)))
                .list();
    }

    /** The red cards of the month's latest published list. */
    public static List<Agenda.RedCardLine> redCards(Handle h, YearMonth month) {
        return h.createQuery("""
                        SELECT r.officer_id, COALESCE(o.name, r.officer_name, r.officer_id), r.unit_id,
                               COALESCE(u.name, r.unit_id), r.average_deduction, r.problem_file_ids
                          FROM ev_red_card r
                          LEFT JOIN officer_directory o ON o.officer_id = r.officer_id
                          LEFT JOIN unit_directory u ON u.unit_id = r.unit_id
                         WHERE r.month = :month
                           AND r.list_version = (SELECT max(list_version) FROM ev_red_card WHERE month = :month)
                         ORDER BY u.code, o.police_number, r.officer_id""")
                .bind("month", month)
                .map((row, ctx) -> new Agenda.RedCardLine(row.getString(1), row.getString(2), row.getString(3),
                        row.getString(4), row.getBigDecimal(5), strings(row.getArray(6))))
                .list();
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static List<Agenda.UnitRef> unitRefs(Handle h, Array array) throws SQLException {
        List<String> ids = strings(array);
        return h.createQuery("""
                        SELECT id, COALESCE(u.name, id) FROM unnest(CAST(:ids AS text[])) AS id
                          LEFT JOIN unit_directory u ON u.unit_id = id ORDER BY u.code, id""")
                .bindArray("ids", String.class, ids)
                .map((row, ctx) -> new Agenda.UnitRef(row.getString(1), row.getString(2))).list();
    }
}
