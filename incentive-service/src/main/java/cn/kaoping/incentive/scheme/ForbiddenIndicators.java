package cn.kaoping.incentive.scheme;

import java.util.List;
import java.util.Locale;

/**
 * Figures the national rules (公安机关执法质量考核评议规定) forbid as indicators of enforcement performance: fines or
 * confiscations collected (罚没款数额), criminal or administrative detentions (刑事拘留数, 行政拘留数), incident counts
 * (发案数), clearance or case-return rates (破案率, 退查率). A name is recognised by its stem, in English or Chinese,
 * whatever its spelling (finesCollected, FINES_COLLECTED, fine_amount …), so a renamed field does not slip through.
 */
public final class ForbiddenIndicators {

    private static final List<String> STEMS = List.of(
            "FINE", "CONFISCAT", "PENALTYAMOUNT", "PENALTYINCOME", "DETENTION", "DETAIN", "ARREST", "INCIDENT",
            "CLEARANCE", "CLEARED", "SOLVED", "SOLVINGRATE", "RETURNRATE", "CASERETURN", "RETURNED",
            "罚没", "罚款", "没收", "拘留", "发案", "破案", "退查");

    private ForbiddenIndicators() {
    }

    public static boolean isForbidden(String name) {
        if (name == null) {
            return false;
        }
        String normal = name.toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        return STEMS.stream().anyMatch(normal::contains);
    }
}
