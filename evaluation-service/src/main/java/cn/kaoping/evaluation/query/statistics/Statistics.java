package cn.kaoping.evaluation.query.statistics;

import cn.kaoping.contracts.evaluation.FindingClass;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 考评统计 (E8): the files whose evaluation day (their round-one review, or the day their submission deadline
 * passed unsubmitted — the day that fixed their evaluation month) lies in [from, to], counted by their current
 * result (a round-two card replaces round one).
 */
@Schema(description = "考评统计：考评日（第一次考评日，或送评期限届满未送评之日）在期间内的案卷，按其当前考评结果计 / "
        + "Statistics of the files whose evaluation day lies in the period, by their current result")
public record Statistics(
        @Schema(description = "期间起（含） / from, inclusive") LocalDate from,
        @Schema(description = "期间止（含） / to, inclusive") LocalDate to,
        @Schema(description = "单位（空为全局） / unit, or all units") String unitId,
        @Schema(description = "考评月份落在期间内的案卷数（含不送评） / files evaluated, overdue ones included") long filesEvaluated,
        @Schema(description = "已考评（有考评卡）的案卷数 / files reviewed") long filesReviewed,
        @Schema(description = "执法不严格的案卷数 / files not strict") long filesNotStrict,
        @Schema(description = "执法不规范的案卷数 / files not standardized") long filesNotStandardized,
        @Schema(description = "不送评（超期未送评）的案卷数 / overdue submissions") long overdueSubmissions,
        @Schema(description = "逾期未整改的案卷数 / overdue rectifications") long overdueRectifications,
        @Schema(description = "扣分合计 / total deduction of these files") BigDecimal totalDeduction,
        @Schema(description = "按考评项目的扣分 / deductions by dimension") List<DimensionDeductions> deductionsByDimension,
        @Schema(description = "按细则条目的扣分 / deductions by rulebook item") List<ItemDeductions> deductionsByItem) {

    /**
     * @param files    files that lost points in the dimension
     * @param deducted the sum of the findings' counted points
     * @param counted  the sum of what counted after each file's dimension cap
     */
    @Schema(description = "一个考评项目的扣分 / Deductions of one dimension")
    public record DimensionDeductions(String dimension, String name, long files, BigDecimal deducted,
                                      BigDecimal counted) {
    }

    /** Findings not withdrawn naming one item, and the points they count. */
    @Schema(description = "一个细则条目的扣分 / Deductions of one rulebook item")
    public record ItemDeductions(String itemCode, String text, String dimension, FindingClass findingClass,
                                 long findings, long files, BigDecimal points) {
    }
}
