package cn.kaoping.publicity.query.lists;

import cn.kaoping.runtime.db.Db;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The months the legal web page's index shows, with their latest published version (P5). */
@ApplicationScoped
public class MonthIndex {

    static final int MONTHS = 36;

    private final Db db;

    public MonthIndex(Db db) {
        this.db = db;
    }

    /** The current month, then the other months newest first (at most 36): files, latest published version. */
    public List<MonthFigures> months(YearMonth current) {
        return db.inTransaction(h -> {
            Map<YearMonth, MonthFigures> months = new TreeMap<>(Comparator.reverseOrder());
            h.createQuery("""
                            SELECT evaluation_month, count(*) FROM case_file
                             WHERE evaluation_month IS NOT NULL AND total_deduction IS NOT NULL
                             GROUP BY evaluation_month ORDER BY evaluation_month DESC LIMIT :limit""")
                    .bind("limit", MONTHS)
                    .map((row, ctx) -> new MonthFigures(YearMonth.parse(row.getString(1)), row.getInt(2), null, null, 0))
                    .forEach(m -> months.put(m.month(), m));
            h.createQuery("""
                            SELECT v.month, v.version, v.published_at,
                                   (SELECT COALESCE(sum(u.files_evaluated), 0) FROM monthly_list_unit u
                                     WHERE u.month = v.month AND u.version = v.version) AS files,
                                   (SELECT count(*) FROM monthly_list_officer o
                                     WHERE o.month = v.month AND o.version = v.version AND o.red_card) AS red_cards
                              FROM (SELECT DISTINCT ON (month) month, version, published_at FROM monthly_list_version
                                     ORDER BY month DESC, version DESC) v
                             ORDER BY v.month DESC LIMIT :limit""")
                    .bind("limit", MONTHS)
                    .map((row, ctx) -> new MonthFigures(YearMonth.parse(row.getString("month")), row.getInt("files"),
                            row.getInt("version"), Rows.instant(row, "published_at"), row.getInt("red_cards")))
                    .forEach(m -> months.put(m.month(), m));
            // The current month always comes first, even when empty.
            MonthFigures now = months.remove(current);
            List<MonthFigures> result = new ArrayList<>();
            result.add(now != null ? now : new MonthFigures(current, 0, null, null, 0));
            months.values().stream().limit(MONTHS).forEach(result::add);
            return result;
        });
    }

    /** @param version the latest published version, or null */
    public record MonthFigures(YearMonth month, int filesEvaluated, Integer version, Instant publishedAt,
                               int redCards) {
    }
}
