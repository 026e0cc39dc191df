package cn.kaoping.evaluation.statistics.consistency;

import java.math.BigDecimal;
import java.util.List;

/**
 * 考评一致性 of a period.
 *
 * @param items      per item and reviewer, by item code then reviewer
 * @param departures the item uses that depart from the others' (a subset of {@code items})
 * @param reviewers  per reviewer
 * @param brigade    the whole brigade
 */
public record Consistency(BigDecimal ratio, int minFiles, List<ItemUse> items, List<ItemUse> departures,
                          List<ReviewerProfile> reviewers, ReviewerProfile brigade) {
}
