package cn.kaoping.contracts.evaluation;

import java.math.BigDecimal;

/**
 * Thresholds that other services apply to the evaluation results, published with the rulebook so that no
 * consumer hard-codes them.
 *
 * @param redCardAverageDeductionAbove     P2: monthly average deduction strictly above this earns a red card
 * @param redCardMinimumFiles              P2: … with at least this many files in the month
 * @param laggingOnRedCard                 T3: a red card in the month nominates an officer for training
 * @param laggingProblemFilesPerQuarter    T3: … as do this many problem files in a quarter
 * @param rotationTrainingDaysPerYear      T4: minimum rotation-training days per officer and year
 * @param accountabilityOnRefusedRectification S2: a missed rectification deadline proposes accountability
 * @param accountabilityRedCards           S2: … as do this many red cards …
 * @param accountabilityWithinMonths       S2: … within this many most recent months
 */
public record RulebookThresholds(
        BigDecimal redCardAverageDeductionAbove,
        int redCardMinimumFiles,
        boolean laggingOnRedCard,
        int laggingProblemFilesPerQuarter,
        int rotationTrainingDaysPerYear,
        boolean accountabilityOnRefusedRectification,
        int accountabilityRedCards,
        int accountabilityWithinMonths) {
}
