package cn.kaoping.contracts.evaluation;

import java.math.BigDecimal;

/**
 * A penalty of the process (E3) carried by a case file. It adds to the total deduction outside the
 * dimension caps and never classifies the file.
 *
 * @param startedPeriods for LATE: the number of started periods (weeks by default) after the deadline; else 1
 */
public record ProcessPenalty(ProcessPenaltyCode code, BigDecimal points, int startedPeriods) {
}
