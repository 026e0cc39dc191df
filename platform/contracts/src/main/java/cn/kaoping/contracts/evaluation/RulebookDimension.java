package cn.kaoping.contracts.evaluation;

import java.math.BigDecimal;

/**
 * 考评项目: one of the dimensions a file is reviewed across (证据收集 …); a dimension never loses more than
 * its weight, and the weights of a version sum to 100.
 */
public record RulebookDimension(String code, String name, BigDecimal weight) {
}
