package cn.kaoping.publicity.list;

import java.math.BigDecimal;

/** A file with a deduction, as named next to an officer (red cards). */
public record ProblemFile(String caseFileId, String caseNumber, String unitId, BigDecimal totalDeduction,
                          String classification) {
}
