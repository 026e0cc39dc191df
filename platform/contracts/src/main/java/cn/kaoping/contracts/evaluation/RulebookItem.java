package cn.kaoping.contracts.evaluation;

import java.math.BigDecimal;

/**
 * 考评细则条目: one item a finding may name.
 *
 * @param text          what officers read, in Chinese
 * @param perOccurrence the item may be recorded once per occurrence ("each"); otherwise once per card
 * @param veto          一票否决: the card's total deduction becomes 100 and its grade 不合格
 * @param noteRequired  a finding naming this item must carry a note
 */
public record RulebookItem(
        String code,
        String dimension,
        String text,
        BigDecimal defaultPoints,
        BigDecimal maxPoints,
        boolean perOccurrence,
        FindingClass findingClass,
        boolean veto,
        boolean noteRequired) {
}
