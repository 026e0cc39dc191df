package cn.kaoping.incentive.performance;

import cn.kaoping.contracts.evaluation.CaseKind;
import cn.kaoping.contracts.evaluation.Classification;
import cn.kaoping.contracts.evaluation.Grade;
import java.math.BigDecimal;

/**
 * How a file's points were computed, every figure named, so that an officer can check his own: the formula as
 * people read it, and the figures it used.
 *
 * @param role          PRIMARY (主办) or CO_HANDLER (协办)
 * @param share         the part of the file's points this officer earns (1 for the primary officer)
 * @param filePoints    the file's points
 * @param points        this officer's points from the file = filePoints × share, to 2 decimals
 */
public record Computation(
        String schemeVersion,
        CaseKind kind,
        BigDecimal basePoints,
        Grade grade,
        BigDecimal coefficient,
        boolean veto,
        BigDecimal vetoPoints,
        BigDecimal processDeduction,
        BigDecimal processFactor,
        Classification classification,
        BigDecimal classificationPoints,
        BigDecimal finalScore,
        BigDecimal finalScorePoints,
        int finalRound,
        BigDecimal roundTwoPoints,
        boolean tenBest,
        BigDecimal tenBestBonus,
        BigDecimal filePoints,
        String role,
        BigDecimal share,
        BigDecimal points,
        String formula) {
}
