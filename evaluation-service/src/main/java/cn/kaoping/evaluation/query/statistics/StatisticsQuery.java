package cn.kaoping.evaluation.query.statistics;

import cn.kaoping.contracts.evaluation.FindingClass;
import cn.kaoping.contracts.evaluation.RulebookDimension;
import cn.kaoping.contracts.evaluation.RulebookItem;
import cn.kaoping.evaluation.query.statistics.Statistics.DimensionDeductions;
import cn.kaoping.evaluation.query.statistics.Statistics.ItemDeductions;
import cn.kaoping.evaluation.rulebook.Rulebook;
import cn.kaoping.evaluation.rulebook.RulebookCatalog;
import cn.kaoping.runtime.db.Db;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.mapper.RowMapper;

/** Computes {@link Statistics} from {@code case_files} and the current cards' findings and dimensions. */
@Singleton
public class StatisticsQuery {

    /** The files of the period (and unit, when not null); {@code f} is case_files. */
    private static final String FILES_OF_PERIOD =
            " f.evaluation_date between :from and :to and (cast(:unitId as text) is null or f.unit_id = :unitId) ";

    private final Db db;
    private final RulebookCatalog rulebooks;

    StatisticsQuery(Db db, RulebookCatalog rulebooks) {
        this.db = db;
        this.rulebooks = rulebooks;
    }

    public Statistics statistics(LocalDate from, LocalDate to, String unitId) {
        Period period = new Period(from, to, unitId);
        Statistics totals = period.query("""
                select count(*) as evaluated,
                       count(*) filter (where f.current_round is not null) as reviewed,
                       count(*) filter (where f.classification = 'NOT_STRICT') as not_strict,
                       count(*) filter (where f.classification = 'NOT_STANDARDIZED') as not_standardized,
                       count(*) filter (where f.overdue_submission) as overdue_submissions,
                       count(*) filter (where f.overdue_rectification) as overdue_rectifications,
                       coalesce(sum(f.total_deduction), 0) as total_deduction
                  from case_files f where""" + FILES_OF_PERIOD,
                (row, context) -> new Statistics(from, to, unitId, row.getLong("evaluated"), row.getLong("reviewed"),
                        row.getLong("not_strict"), row.getLong("not_standardized"),
                        row.getLong("overdue_submissions"), row.getLong("overdue_rectifications"),
                        points(row.getBigDecimal("total_deduction")), List.of(), List.of())).get(0);
        return new Statistics(from, to, unitId, totals.filesEvaluated(), totals.filesReviewed(),
                totals.filesNotStrict(), totals.filesNotStandardized(), totals.overdueSubmissions(),
                totals.overdueRectifications(), totals.totalDeduction(), byDimension(period), byItem(period));
    }

    private List<DimensionDeductions> byDimension(Period period) {
        Map<String, String> names = dimensionNames();
        List<DimensionDeductions> rows = period.query("""
                select d.dimension, count(*) filter (where d.counted > 0) as files,
                       sum(d.deducted) as deducted, sum(d.counted) as counted
                  from case_file_dimensions d join case_files f on f.case_file_id = d.case_file_id
                 where""" + FILES_OF_PERIOD + " group by d.dimension",
                (row, context) -> new DimensionDeductions(row.getString("dimension"), names.get(row.getString("dimension")),
                        row.getLong("files"), points(row.getBigDecimal("deducted")),
                        points(row.getBigDecimal("counted"))));
        List<String> order = new ArrayList<>(names.keySet());
        return rows.stream()
                .sorted(Comparator.comparingInt((DimensionDeductions d) -> rank(order, d.dimension()))
                        .thenComparing(DimensionDeductions::dimension))
                .toList();
    }

    private List<ItemDeductions> byItem(Period period) {
        Map<String, RulebookItem> items = items();
        return period.query("""
                select i.item_code, i.dimension, i.finding_class, count(*) as findings,
                       count(distinct i.case_file_id) as files, sum(i.counted_points) as points
                  from case_file_findings i join case_files f on f.case_file_id = i.case_file_id
                 where not i.withdrawn and""" + FILES_OF_PERIOD + """
                 group by i.item_code, i.dimension, i.finding_class
                 order by sum(i.counted_points) desc, count(*) desc, i.item_code""",
                (row, context) -> {
                    RulebookItem item = items.get(row.getString("item_code"));
                    return new ItemDeductions(row.getString("item_code"), item == null ? null : item.text(),
                            row.getString("dimension"), FindingClass.valueOf(row.getString("finding_class")),
                            row.getLong("findings"), row.getLong("files"), points(row.getBigDecimal("points")));
                });
    }

    /** The statistics' period and unit, bound to each of their queries. */
    private final class Period {
        private final LocalDate from;
        private final LocalDate to;
        private final String unitId;

        Period(LocalDate from, LocalDate to, String unitId) {
            this.from = from;
            this.to = to;
            this.unitId = unitId;
        }

        <T> List<T> query(String sql, RowMapper<T> mapper) {
            return db.withHandle(handle -> handle.createQuery(sql)
                    .bind("from", from)
                    .bind("to", to)
                    .bind("unitId", unitId)
                    .map(mapper)
                    .list());
        }
    }

    /** Names of the dimensions, in the order of the latest version (older versions' own codes after). */
    private Map<String, String> dimensionNames() {
        Map<String, String> names = new LinkedHashMap<>();
        for (Rulebook rulebook : latestFirst()) {
            for (RulebookDimension dimension : rulebook.dimensions()) {
                names.putIfAbsent(dimension.code(), dimension.name());
            }
        }
        return names;
    }

    private Map<String, RulebookItem> items() {
        Map<String, RulebookItem> items = new LinkedHashMap<>();
        for (Rulebook rulebook : latestFirst()) {
            rulebook.content().items().forEach(item -> items.putIfAbsent(item.code(), item));
        }
        return items;
    }

    private List<Rulebook> latestFirst() {
        return rulebooks.versions().stream()
                .sorted(Comparator.comparing(Rulebook::effectiveFrom).reversed())
                .toList();
    }

    private static int rank(List<String> order, String code) {
        int index = order.indexOf(code);
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    private static BigDecimal points(BigDecimal value) {
        return value == null ? new BigDecimal("0.0") : value.setScale(1, java.math.RoundingMode.UNNECESSARY);
    }
}
