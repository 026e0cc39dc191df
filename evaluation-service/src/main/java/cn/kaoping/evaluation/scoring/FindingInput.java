package cn.kaoping.evaluation.scoring;

import java.math.BigDecimal;

/**
 * A finding as a reviewer or legal officer enters it.
 *
 * @param points absent: the item's default points
 */
public record FindingInput(String itemCode, BigDecimal points, String note) {

    public static FindingInput of(String itemCode, String note) {
        return new FindingInput(itemCode, null, note);
    }
}
