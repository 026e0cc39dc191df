package cn.kaoping.evaluation.statistics.consistency;

import java.math.BigDecimal;

/**
 * How one reviewer used one rulebook item in a period.
 *
 * @param findings        findings of the item he recorded (withdrawn ones included: he recorded them)
 * @param per100Files     findings per 100 files he reviewed (two decimals)
 * @param averagePoints   average points he gave (one decimal), null without findings
 * @param othersPer100Files the other reviewers' findings of the item per 100 of their files, null when none of them
 *                        reviewed any
 * @param departs         his rate departs from the others' beyond the configured ratio (see
 *                        {@link ConsistencyDecision})
 */
public record ItemUse(String itemCode, String reviewerId, int findings, BigDecimal per100Files,
                      BigDecimal averagePoints, BigDecimal othersPer100Files, boolean departs) {
}
