package cn.kaoping.incentive.performance;

import java.math.BigDecimal;
import java.time.YearMonth;

/** One file in an officer's performance: his points from it and how they were computed. */
public record FilePoints(String caseFileId, String caseNumber, String unitId, YearMonth evaluationMonth,
                         BigDecimal points, Computation computation) {
}
