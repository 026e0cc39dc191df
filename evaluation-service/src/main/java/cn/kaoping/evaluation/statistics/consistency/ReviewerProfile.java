package cn.kaoping.evaluation.statistics.consistency;

import java.math.BigDecimal;

/**
 * One reviewer (or the whole brigade, {@code reviewerId} null) in a period.
 *
 * @param files                files whose round-one card he made
 * @param filesWithFindings    … of which he recorded findings on
 * @param shareWithFindings    their share in percent (one decimal)
 * @param averageDeduction     the average current deduction of his files (two decimals)
 */
public record ReviewerProfile(String reviewerId, String name, int files, int filesWithFindings,
                              BigDecimal shareWithFindings, BigDecimal averageDeduction) {
}
