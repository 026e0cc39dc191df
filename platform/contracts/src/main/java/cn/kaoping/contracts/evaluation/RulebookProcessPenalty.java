package cn.kaoping.contracts.evaluation;

import cn.kaoping.contracts.Nullable;
import java.math.BigDecimal;

/**
 * The points of a process penalty (E3).
 *
 * @param per       when set (an ISO-8601 period or duration, e.g. "P7D"), the points are due once per started
 *                  period after the deadline; when absent, once
 * @param maxPoints the most the penalty costs (absent: {@code points})
 */
public record RulebookProcessPenalty(
        ProcessPenaltyCode code,
        String text,
        BigDecimal points,
        @Nullable String per,
        @Nullable BigDecimal maxPoints) {
}
