package cn.kaoping.publicity.list;

import java.math.BigDecimal;

/**
 * P2: an officer whose average deduction in the month is strictly above {@code averageAbove}, with at least
 * {@code minimumFiles} files, is red-carded. The average compared is the published one (two decimals,
 * HALF_UP), so nobody reads "3.00" next to a red card.
 *
 * @param source RULEBOOK (thresholds of the rulebook version in force at the end of the month) or CONFIG
 */
public record RedCardRule(BigDecimal averageAbove, int minimumFiles, String source) {

    public static final String FROM_RULEBOOK = "RULEBOOK";
    public static final String FROM_CONFIG = "CONFIG";

    public boolean earnsRedCard(BigDecimal averageDeduction, int filesEvaluated) {
        return filesEvaluated >= minimumFiles && averageDeduction.compareTo(averageAbove) > 0;
    }
}
