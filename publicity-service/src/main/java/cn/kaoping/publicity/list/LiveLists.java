package cn.kaoping.publicity.list;

import cn.kaoping.publicity.config.PublicityConfig;
import cn.kaoping.publicity.db.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The live list of a month, computed from the projection as it stands. */
@ApplicationScoped
public class LiveLists {

    private final MonthlyListAggregator aggregator;
    private final RedCardRules rules;

    public LiveLists(PublicityConfig config, RedCardRules rules) {
        this.aggregator = new MonthlyListAggregator(config.countCoHandlers());
        this.rules = rules;
    }

    public MonthlyList compute(Connection c, YearMonth month) throws SQLException {
        List<FileFact> files = Sql.list(c, """
                SELECT case_file_id, case_number, unit_id, primary_officer_id, co_handler_ids, total_deduction,
                       classification, process_penalties
                  FROM case_file WHERE evaluation_month = ? AND total_deduction IS NOT NULL
                 ORDER BY case_file_id""",
                row -> new FileFact(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        Sql.texts(row, "co_handler_ids"), row.getBigDecimal(6), row.getString(7),
                        penalties(row.getString(8))),
                month);
        Map<String, OfficerInfo> officers = new HashMap<>();
        for (OfficerInfo officer : Sql.list(c, "SELECT officer_id, police_number, name, unit_id FROM officer_directory",
                row -> new OfficerInfo(row.getString(1), row.getString(2), row.getString(3), row.getString(4)))) {
            officers.put(officer.officerId(), officer);
        }
        Map<String, UnitInfo> units = new HashMap<>();
        for (UnitInfo unit : Sql.list(c, "SELECT unit_id, code, name FROM unit_directory",
                row -> new UnitInfo(row.getString(1), row.getString(2), row.getString(3)))) {
            units.put(unit.unitId(), unit);
        }
        return aggregator.live(month, files, officers, units, rules.forMonth(c, month));
    }

    private static List<String> penalties(String codes) {
        return codes == null || codes.isBlank() ? List.of() : Arrays.asList(codes.split(","));
    }
}
