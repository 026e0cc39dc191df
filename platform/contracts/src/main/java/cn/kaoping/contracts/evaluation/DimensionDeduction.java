package cn.kaoping.contracts.evaluation;

import java.math.BigDecimal;

/**
 * The deduction of one dimension on a card.
 *
 * @param deducted the sum of the counted points of the dimension's findings
 * @param counted  what counts towards the total: the deduction capped at the dimension's weight
 */
public record DimensionDeduction(String dimension, BigDecimal weight, BigDecimal deducted, BigDecimal counted) {
}
