package cn.kaoping.publicity.pages;

import cn.kaoping.publicity.db.Database;
import cn.kaoping.publicity.db.Sql;
import cn.kaoping.publicity.list.PublishedLists;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Figures for the index page: the months known, with their latest published version. */
@ApplicationScoped
public class PageData {

    private final Database database;
    private final PublishedLists published;

    public PageData(Database database, PublishedLists published) {
        this.database = database;
        this.published = published;
    }

    /** The current month, then the other months newest first (at most 36): files, latest published version. */
    public List<MonthFigures> months(YearMonth current) {
        return database.inTransaction(c -> {
            Map<YearMonth, MonthFigures> months = new TreeMap<>(Comparator.reverseOrder());
            Sql.list(c, """
                    SELECT evaluation_month, count(*) FROM case_file
                     WHERE evaluation_month IS NOT NULL AND total_deduction IS NOT NULL
                     GROUP BY evaluation_month ORDER BY evaluation_month DESC LIMIT 36""",
                    row -> months.put(YearMonth.parse(row.getString(1)),
                            new MonthFigures(YearMonth.parse(row.getString(1)), row.getInt(2), null, null, 0)));
            for (PublishedLists.VersionInfo version : published.latestOfEachMonth(c)) {
                int redCards = Sql.one(c, """
                        SELECT count(*) FROM monthly_list_officer WHERE month = ? AND version = ? AND red_card""",
                        row -> row.getInt(1), version.month(), version.version()).orElse(0);
                int files = Sql.one(c, """
                        SELECT COALESCE(sum(files_evaluated), 0) FROM monthly_list_unit WHERE month = ? AND version = ?""",
                        row -> row.getInt(1), version.month(), version.version()).orElse(0);
                months.put(version.month(), new MonthFigures(version.month(), files, version.version(),
                        version.publishedAt(), redCards));
            }
            // The current month always comes first, even when empty.
            MonthFigures now = months.remove(current);
            List<MonthFigures> result = new ArrayList<>();
            result.add(now != null ? now : new MonthFigures(current, 0, null, null, 0));
            months.values().stream().limit(36).forEach(result::add);
            return result;
        });
    }

    /** @param version the latest published version, or null */
    public record MonthFigures(YearMonth month, int filesEvaluated, Integer version, Instant publishedAt,
                               int redCards) {
    }
}
