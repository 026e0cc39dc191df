package cn.kaoping.evaluation.statistics.consistency;

import java.math.BigDecimal;

/** A finding as the reviewer of its round recorded it (points as given, before any factor or withdrawal). */
public record RecordedFinding(String reviewerId, String itemCode, BigDecimal points) {
}
