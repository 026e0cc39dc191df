package cn.kaoping.publicity.bulletin;

import cn.kaoping.publicity.config.PublicityConfig;
import cn.kaoping.publicity.db.Sql;
import cn.kaoping.publicity.list.LiveLists;
import cn.kaoping.publicity.list.MonthlyList;
import cn.kaoping.publicity.list.UnitEntry;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * P3: which units a month's bulletin names (average deduction, or share of problem files, strictly above the
 * configured thresholds) and their problems by rulebook item, most frequent first; and the draft text.
 */
@ApplicationScoped
public class BulletinDrafter {

    /** Chinese names of the process penalties (E3), which are not rulebook items. */
    static final Map<String, String> PENALTY_TEXT = Map.of(
            "LATE", "超期送评",
            "MISSING", "不送评（逾期未送评）",
            "NO_PREREVIEW", "法制员未先期考评");

    private final LiveLists live;
    private final BigDecimal averageAbove;
    private final BigDecimal shareAbove;

    public BulletinDrafter(LiveLists live, PublicityConfig config) {
        this.live = live;
        this.averageAbove = config.bulletin().averageDeductionAbove();
        this.shareAbove = config.bulletin().problemFileShareAbove();
    }

    public List<BulletinUnit> unitsToName(Connection c, YearMonth month) throws SQLException {
        MonthlyList list = live.compute(c, month);
        Map<String, List<ItemProblem>> problems = problemsByUnit(c, month);
        List<BulletinUnit> named = new ArrayList<>();
        for (UnitEntry unit : list.units()) {
            if (unit.averageDeduction().compareTo(averageAbove) > 0 || exceedsShare(unit)) {
                named.add(new BulletinUnit(unit.unitId(), unit.unitName(), unit.filesEvaluated(), unit.totalDeduction(),
                        unit.averageDeduction(), unit.problemFiles(), unit.problemFileShare(),
                        problems.getOrDefault(unit.unitId(), List.of())));
            }
        }
        return named;
    }

    /** Exact comparison: problem files / files > share, i.e. problem files > share × files. */
    private boolean exceedsShare(UnitEntry unit) {
        return BigDecimal.valueOf(unit.problemFiles())
                .compareTo(shareAbove.multiply(BigDecimal.valueOf(unit.filesEvaluated()))) > 0;
    }

    private static Map<String, List<ItemProblem>> problemsByUnit(Connection c, YearMonth month) throws SQLException {
        Map<String, String> anyVersionText = new HashMap<>();
        Sql.list(c, "SELECT DISTINCT ON (code) code, item_text FROM rulebook_item ORDER BY code, version_id DESC",
                row -> anyVersionText.put(row.getString(1), row.getString(2)));
        Map<String, List<ItemProblem>> byUnit = new LinkedHashMap<>();
        Sql.list(c, """
                SELECT f.unit_id, x.item_code, count(*) AS occurrences, count(DISTINCT f.case_file_id) AS files,
                       max(i.item_text) AS item_text
                  FROM case_file f
                  JOIN case_file_finding x ON x.case_file_id = f.case_file_id
                  LEFT JOIN rulebook_item i ON i.code = x.item_code AND i.version_id = x.rulebook_version
                 WHERE f.evaluation_month = ? AND f.total_deduction IS NOT NULL AND NOT x.withdrawn
                 GROUP BY f.unit_id, x.item_code""",
                row -> byUnit.computeIfAbsent(row.getString(1), u -> new ArrayList<>()).add(new ItemProblem(
                        row.getString(2),
                        row.getString(5) != null ? row.getString(5) : anyVersionText.getOrDefault(row.getString(2), ""),
                        row.getInt(3), row.getInt(4))),
                month);
        Sql.list(c, """
                SELECT f.unit_id, p.code, count(*) AS files
                  FROM case_file f, unnest(string_to_array(NULLIF(f.process_penalties, ''), ',')) AS p(code)
                 WHERE f.evaluation_month = ? AND f.total_deduction IS NOT NULL
                 GROUP BY f.unit_id, p.code""",
                row -> byUnit.computeIfAbsent(row.getString(1), u -> new ArrayList<>()).add(new ItemProblem(
                        row.getString(2), PENALTY_TEXT.getOrDefault(row.getString(2), row.getString(2)),
                        row.getInt(3), row.getInt(3))),
                month);
        byUnit.values().forEach(list -> list.sort(Comparator.comparingInt(ItemProblem::occurrences).reversed()
                .thenComparing(ItemProblem::code)));
        return byUnit;
    }

    public String title(YearMonth month) {
        return month.getYear() + "年" + month.getMonthValue() + "月执法质量考评通报";
    }

    /** The draft text the brigade then edits. */
    public String body(YearMonth month, List<BulletinUnit> units) {
        StringBuilder text = new StringBuilder();
        text.append("根据").append(month.getYear()).append("年").append(month.getMonthValue())
                .append("月执法质量考评结果，以下单位平均扣分高于").append(averageAbove.setScale(2, RoundingMode.HALF_UP))
                .append("分或问题案卷占比高于").append(percent(shareAbove)).append("，现予通报。\n");
        int n = 1;
        for (BulletinUnit unit : units) {
            text.append('\n').append(ChineseNumerals.of(n++)).append("、").append(unit.unitName())
                    .append("：考评案卷").append(unit.filesEvaluated()).append("件，总扣分")
                    .append(unit.totalDeduction()).append("分，平均扣分").append(unit.averageDeduction())
                    .append("分，问题案卷").append(unit.problemFiles()).append("件（占")
                    .append(percent(unit.problemFileShare())).append("）。\n");
            if (!unit.problems().isEmpty()) {
                text.append("主要问题：\n");
                int i = 1;
                for (ItemProblem problem : unit.problems()) {
                    text.append(i++).append(". ");
                    if (!PENALTY_TEXT.containsKey(problem.code())) {
                        text.append('[').append(problem.code()).append("] ");
                    }
                    text.append(problem.text()).append("：").append(problem.occurrences()).append("处（涉及案卷")
                            .append(problem.files()).append("件）\n");
                }
            }
        }
        text.append("\n请被通报单位对照上述问题逐项整改，法制员加强案卷初评把关，整改情况报法制大队。\n");
        return text.toString();
    }

    static String percent(BigDecimal share) {
        return share.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP) + "%";
    }
}
