package cn.kaoping.publicity.list;

import java.math.BigDecimal;

/**
 * One unit's line of a monthly list: every file of the unit counted once (whoever handled it).
 *
 * @param problemFileShare problem files / files evaluated, 0..1, four decimals
 * @param redCardOfficers  officers of the unit red-carded in the month
 */
public record UnitEntry(
        String unitId,
        String unitCode,
        String unitName,
        int filesEvaluated,
        BigDecimal totalDeduction,
        BigDecimal averageDeduction,
        int problemFiles,
        BigDecimal problemFileShare,
        int redCardOfficers) {
}
