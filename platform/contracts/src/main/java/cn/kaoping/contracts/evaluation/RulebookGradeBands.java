package cn.kaoping.contracts.evaluation;

import java.math.BigDecimal;

/** Grade bands: a score ≥ excellentFrom is 优秀, ≥ passFrom is 合格, else 不合格 (any veto item: 不合格). */
public record RulebookGradeBands(BigDecimal excellentFrom, BigDecimal passFrom) {
}
