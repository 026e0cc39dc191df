package cn.kaoping.contracts.evaluation;

import cn.kaoping.contracts.Nullable;
import java.math.BigDecimal;

/**
 * 扣分项: one finding on an evaluation card.
 *
 * @param findingId        stable within the case file: "R1-2" is the second finding recorded in round one;
 *                         a round-one finding keeps its id on the round-two card
 * @param recordedInRound  1 or 2
 * @param points           the points the reviewer recorded (the item's default when none were given)
 * @param countedPoints    what the finding counts on this card: points, or factor × points when unrectified,
 *                         or 0 when withdrawn; dimension caps apply after this
 * @param rectification    on a round-two card, for a round-one finding: rectified or not; otherwise null
 * @param withdrawn        withdrawn by an upheld objection (kept on the card, counting 0)
 */
public record Finding(
        String findingId,
        int recordedInRound,
        String itemCode,
        String dimension,
        BigDecimal points,
        BigDecimal countedPoints,
        FindingClass findingClass,
        boolean veto,
        @Nullable String note,
        @Nullable Rectification rectification,
        boolean withdrawn) {
}
