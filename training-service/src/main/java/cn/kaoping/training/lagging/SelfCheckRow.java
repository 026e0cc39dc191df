package cn.kaoping.training.lagging;

import java.math.BigDecimal;

/**
 * One row of a trainee's 自查表: a finding on the card of a file he was primary officer of, with what he wrote.
 *
 * @param rectified on a round-two card, whether the round-one finding was rectified; null otherwise
 */
public record SelfCheckRow(String caseFileId, String caseNumber, String findingId, int round, String itemCode,
                           String itemText, BigDecimal points, String note, Boolean rectified, String selfCheck,
                           String understanding) {
}
