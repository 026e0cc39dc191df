package cn.kaoping.evaluation.scoring;

import cn.kaoping.contracts.evaluation.Classification;
import cn.kaoping.contracts.evaluation.DimensionDeduction;
import cn.kaoping.contracts.evaluation.EvaluationCard;
import cn.kaoping.contracts.evaluation.Finding;
import cn.kaoping.contracts.evaluation.FindingClass;
import cn.kaoping.contracts.evaluation.Grade;
import cn.kaoping.contracts.evaluation.ProcessPenalty;
import cn.kaoping.contracts.evaluation.RulebookDimension;
import cn.kaoping.evaluation.rulebook.Rulebook;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * 考评卡计分: the "precise rules of scoring" of PROCESS.md, as one pure function.
 * <ul>
 *   <li>each dimension's deductions (the counted points of its findings that are not withdrawn) are capped
 *       at its weight;</li>
 *   <li>process penalties add to the total outside the dimension caps, and never classify;</li>
 *   <li>total deduction = capped findings + process penalties, capped at 100; score = 100 − total;</li>
 *   <li>a veto item (一票否决) sets the total deduction to 100 (score 0) and the grade to 不合格;</li>
 *   <li>grade otherwise by the rulebook's bands (≥ 90 优秀, ≥ 80 合格, else 不合格 by default);</li>
 *   <li>classification: 执法不严格 if any finding is, else 执法不规范 if there is any finding, else clean.</li>
 * </ul>
 * Round-two counting (factor × points for an unrectified finding) is already in each finding's
 * {@code countedPoints} (see {@link Findings}).
 */
public final class CardCalculator {

    private CardCalculator() {
    }

    public static EvaluationCard card(Rulebook rulebook, int round, List<Finding> findings,
                                      List<ProcessPenalty> processPenalties) {
        List<Finding> counting = findings.stream().filter(f -> !f.withdrawn()).toList();

        List<DimensionDeduction> byDimension = new ArrayList<>();
        BigDecimal findingsDeduction = Points.ZERO;
        for (RulebookDimension dimension : rulebook.dimensions()) {
            BigDecimal deducted = Points.canonical(counting.stream()
                    .filter(f -> f.dimension().equals(dimension.code()))
                    .map(Finding::countedPoints)
                    .reduce(BigDecimal.ZERO, BigDecimal::add));
            BigDecimal weight = Points.canonical(dimension.weight());
            BigDecimal counted = Points.min(deducted, weight);
            byDimension.add(new DimensionDeduction(dimension.code(), weight, deducted, counted));
            findingsDeduction = findingsDeduction.add(counted);
        }
        BigDecimal processDeduction = Points.canonical(processPenalties.stream()
                .map(ProcessPenalty::points)
                .reduce(BigDecimal.ZERO, BigDecimal::add));

        boolean veto = counting.stream().anyMatch(Finding::veto);
        BigDecimal totalDeduction = veto
                ? Points.HUNDRED
                : Points.min(findingsDeduction.add(processDeduction), Points.HUNDRED);
        BigDecimal score = Points.HUNDRED.subtract(totalDeduction);
        Grade grade = veto ? Grade.FAIL : rulebook.gradeFor(score);

        return new EvaluationCard(round, rulebook.versionId(), findings, processPenalties, byDimension,
                findingsDeduction, processDeduction, totalDeduction, score, grade, classify(counting), veto);
    }

    /** The totals of a file that has no card yet (only process penalties, e.g. MISSING). */
    public static BigDecimal processOnlyDeduction(List<ProcessPenalty> processPenalties) {
        return Points.min(Points.canonical(processPenalties.stream()
                .map(ProcessPenalty::points)
                .reduce(BigDecimal.ZERO, BigDecimal::add)), Points.HUNDRED);
    }

    private static Classification classify(List<Finding> counting) {
        if (counting.stream().anyMatch(f -> f.findingClass() == FindingClass.NOT_STRICT)) {
            return Classification.NOT_STRICT;
        }
        return counting.isEmpty() ? Classification.CLEAN : Classification.NOT_STANDARDIZED;
    }
}
