package cn.kaoping.evaluation.rulebook.whatif;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One unit (or one primary officer) in one month of a 规则试算: its average deduction and red card (红牌) now and
 * under the draft.
 *
 * @param id   the unit id, or the primary officer's id
 * @param name its name in the registry, or null when the registry lacks it
 */
public record GroupComparison(
        String id,
        String name,
        YearMonth month,
        int files,
        BigDecimal averageDeductionNow,
        BigDecimal averageDeductionDraft,
        boolean redCardNow,
        boolean redCardDraft) {
}
