package cn.kaoping.publicity.query.lists;

import cn.kaoping.publicity.PublicityConfig;
import cn.kaoping.publicity.list.FileFact;
import cn.kaoping.publicity.list.MonthlyList;
import cn.kaoping.publicity.list.MonthlyListAggregator;
import cn.kaoping.publicity.list.OfficerInfo;
import cn.kaoping.publicity.list.UnitInfo;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * The live list of a month, computed from the projection as it stands. The whole month is computed at once: the
 * ranking (average, then total …) and the red cards need every file of the month, and the one place their rules
 * live is the pure {@link MonthlyListAggregator}, which publication freezes as well. The SQL is bounded by the
 * month (its files), the officers those files name and the units (a bureau has few).
 */
@ApplicationScoped
public class LiveLists {

    private final MonthlyListAggregator aggregator;
    private final RedCardRules rules;

    public LiveLists(PublicityConfig config, RedCardRules rules) {
        this.aggregator = new MonthlyListAggregator(config.countCoHandlers());
        this.rules = rules;
    }

    public MonthlyList compute(Handle h, YearMonth month) {
        List<FileFact> files = h.createQuery("""
                        SELECT case_file_id, case_number, unit_id, primary_officer_id, co_handler_ids, total_deduction,
                               classification, process_penalties
                          FROM case_file WHERE evaluation_month = :month AND total_deduction IS NOT NULL
                         ORDER BY case_file_id""")
                .bind("month", month)
                .map((row, ctx) -> new FileFact(row.getString(1), row.getString(2), row.getString(3),
                        row.getString(4), Rows.texts(row, "co_handler_ids"), row.getBigDecimal(6), row.getString(7),
                        penalties(row.getString(8))))
                .list();
        Map<String, OfficerInfo> officers = new HashMap<>();
        h.createQuery("""
                        SELECT o.officer_id, o.police_number, o.name, o.unit_id FROM officer_directory o
                         WHERE EXISTS (SELECT 1 FROM case_file f
                                        WHERE f.evaluation_month = :month AND f.total_deduction IS NOT NULL
                                          AND (f.primary_officer_id = o.officer_id
                                               OR o.officer_id = ANY (f.co_handler_ids)))""")
                .bind("month", month)
                .map((row, ctx) -> new OfficerInfo(row.getString(1), row.getString(2), row.getString(3),
                        row.getString(4)))
                .forEach(officer -> officers.put(officer.officerId(), officer));
        Map<String, UnitInfo> units = new HashMap<>();
        h.createQuery("SELECT unit_id, code, name FROM unit_directory")
                .map((row, ctx) -> new UnitInfo(row.getString(1), row.getString(2), row.getString(3)))
                .forEach(unit -> units.put(unit.unitId(), unit));
        return aggregator.live(month, files, officers, units, rules.forMonth(h, month));
    }

    private static List<String> penalties(String codes) {
        return codes == null || codes.isBlank() ? List.of() : Arrays.asList(codes.split(","));
    }
}
