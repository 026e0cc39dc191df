package cn.kaoping.contracts.evaluation;

import java.math.BigDecimal;
import java.util.List;

/**
 * 考评卡: the evaluation card of one case file in one round (一案一表), with every total a consumer needs.
 *
 * @param round             1 or 2 (a card made when the rectification deadline passed is round 2)
 * @param rulebookVersion   the rulebook version the card was scored under
 * @param findings          every finding of the card, withdrawn ones included
 * @param processPenalties  the file's process penalties (LATE, MISSING, NO_PREREVIEW)
 * @param findingsDeduction the sum of the capped dimension deductions
 * @param processDeduction  the sum of the process penalties
 * @param totalDeduction    findings + process deduction capped at 100; exactly 100 when {@code veto}
 * @param score             100 − totalDeduction
 * @param veto              the card holds a veto item (一票否决) that is not withdrawn
 */
public record EvaluationCard(
        int round,
        String rulebookVersion,
        List<Finding> findings,
        List<ProcessPenalty> processPenalties,
        List<DimensionDeduction> deductionByDimension,
        BigDecimal findingsDeduction,
        BigDecimal processDeduction,
        BigDecimal totalDeduction,
        BigDecimal score,
        Grade grade,
        Classification classification,
        boolean veto) {

    public EvaluationCard {
        findings = Lists.copy(findings);
        processPenalties = Lists.copy(processPenalties);
        deductionByDimension = Lists.copy(deductionByDimension);
    }
}
