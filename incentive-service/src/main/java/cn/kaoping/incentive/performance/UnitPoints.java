package cn.kaoping.incentive.performance;

import java.math.BigDecimal;

/** A unit's points in a period: each of its files counted once, at the file's points. */
public record UnitPoints(String unitId, int files, BigDecimal points) {
}
