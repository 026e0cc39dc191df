package cn.kaoping.evaluation.statistics.consistency;

import java.math.BigDecimal;

/** A file of the period as its round-one reviewer left it: what the consistency statistics count. */
public record ReviewedFile(String caseFileId, String reviewerId, boolean withFindings, BigDecimal totalDeduction) {
}
