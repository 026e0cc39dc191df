package cn.kaoping.evaluation.rulebook.whatif;

import cn.kaoping.contracts.evaluation.Classification;
import cn.kaoping.contracts.evaluation.Grade;
import java.math.BigDecimal;

/**
 * The result of one case file: as recorded, or as a draft rulebook would have made it.
 *
 * @param grade          null for a file without a card (its deduction is its process penalties, e.g. 不送评)
 * @param classification null for a file without a card
 */
public record FileResult(BigDecimal totalDeduction, BigDecimal score, Grade grade, Classification classification) {
}
