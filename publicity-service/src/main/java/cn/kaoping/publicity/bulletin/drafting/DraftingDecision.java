package cn.kaoping.publicity.bulletin.drafting;

import cn.kaoping.domain.DomainException;
import cn.kaoping.publicity.ErrorCode;
import cn.kaoping.publicity.bulletin.Bulletin;
import cn.kaoping.publicity.bulletin.BulletinUnit;
import cn.kaoping.publicity.bulletin.ItemProblem;
import cn.kaoping.publicity.list.MonthlyList;
import cn.kaoping.publicity.list.UnitEntry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * P3, decided: which units a month's bulletin (考评通报) names (average deduction, or share of problem files,
 * strictly above the thresholds) with their problems by rulebook item, most frequent first, and the draft text the
 * brigade then edits; and that only a draft can be edited. Pure.
 */
public final class DraftingDecision {

    /** Chinese names of the process penalties (E3), which are not rulebook items. */
    public static final Map<String, String> PENALTY_TEXT = Map.of(
            "LATE", "超期送评",
            "MISSING", "不送评（逾期未送评）",
            "NO_PREREVIEW", "法制员未先期考评");

    private final BigDecimal averageAbove;
    private final BigDecimal shareAbove;

    public DraftingDecision(BigDecimal averageAbove, BigDecimal shareAbove) {
        this.averageAbove = averageAbove;
        this.shareAbove = shareAbove;
    }

    /** A draft's title, text and units; 409 NO_UNIT_ABOVE_THRESHOLDS when no unit is named. */
    public Draft draft(DraftBulletin command, MonthlyList live, Map<String, List<ItemProblem>> problemsByUnit) {
        List<BulletinUnit> units = new ArrayList<>();
        for (UnitEntry unit : live.units()) {
            if (unit.averageDeduction().compareTo(averageAbove) > 0 || exceedsShare(unit)) {
                units.add(new BulletinUnit(unit.unitId(), unit.unitName(), unit.filesEvaluated(), unit.totalDeduction(),
                        unit.averageDeduction(), unit.problemFiles(), unit.problemFileShare(),
                        problemsByUnit.getOrDefault(unit.unitId(), List.of())));
            }
        }
        if (units.isEmpty()) {
            throw DomainException.conflict(ErrorCode.NO_UNIT_ABOVE_THRESHOLDS, command.month().toString());
        }
        String title = command.title() == null || command.title().isBlank() ? title(command.month())
                : command.title().strip();
        return new Draft(title, body(command.month(), units), units);
    }

    /** 409 BULLETIN_PUBLISHED once published: a published bulletin's text never changes. */
    public static void requireDraft(Bulletin bulletin) {
        if (bulletin.isPublished()) {
            throw DomainException.conflict(ErrorCode.BULLETIN_PUBLISHED, bulletin.issueLabel());
        }
    }

    /** What a new draft holds. */
    public record Draft(String title, String body, List<BulletinUnit> units) {
    }

    /** Exact comparison: problem files / files > share, i.e. problem files > share × files. */
    private boolean exceedsShare(UnitEntry unit) {
        return BigDecimal.valueOf(unit.problemFiles())
                .compareTo(shareAbove.multiply(BigDecimal.valueOf(unit.filesEvaluated()))) > 0;
    }

    static String title(YearMonth month) {
        return month.getYear() + "年" + month.getMonthValue() + "月执法质量考评通报";
    }

    String body(YearMonth month, List<BulletinUnit> units) {
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
