package cn.kaoping.contracts.publicity;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * 红牌: an officer was red-carded in a published monthly list. Subject: the officer id.
 */
public record RedCardIssued(
        YearMonth month,
        int listVersion,
        String officerId,
        String officerName,
        String unitId,
        BigDecimal averageDeduction,
        int filesEvaluated,
        List<String> problemFileIds) implements PublicityEvent {

    public RedCardIssued {
        problemFileIds = problemFileIds == null ? List.of() : List.copyOf(problemFileIds);
    }
}
