package cn.kaoping.training.lagging.nominating;

import cn.kaoping.contracts.training.NominationReason;
import cn.kaoping.domain.Period;
import cn.kaoping.training.lagging.Nomination;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** T3: whether the facts of an officer nominate him, by the thresholds of the rulebook in force. */
public final class NominationDecision {

    private NominationDecision() {
    }

    /** A red card in a published monthly list nominates when the rulebook says {@code laggingOnRedCard}. */
    public static Optional<Nomination> onRedCard(String officerId, String unitId, YearMonth month,
                                                 List<String> problemFileIds, boolean laggingOnRedCard) {
        if (!laggingOnRedCard) {
            return Optional.empty();
        }
        Period period = Period.month(month);
        return Optional.of(new Nomination(Nomination.idOf(officerId, NominationReason.RED_CARD, period.text()),
                officerId, unitId, NominationReason.RED_CARD, period.text(), period.firstDay(), period.lastDay(),
                problemFileIds, problemFileIds.size()));
    }

    /**
     * At least {@code perQuarter} problem files (files with any deduction) evaluated in one calendar quarter
     * nominate; a threshold of 0 or less switches the rule off.
     */
    public static Optional<Nomination> onProblemFiles(String officerId, String unitId, Period quarter,
                                                      List<String> problemFileIds, int perQuarter) {
        if (perQuarter <= 0 || problemFileIds.size() < perQuarter) {
            return Optional.empty();
        }
        return Optional.of(new Nomination(Nomination.idOf(officerId, NominationReason.PROBLEM_FILES, quarter.text()),
                officerId, unitId, NominationReason.PROBLEM_FILES, quarter.text(), quarter.firstDay(), quarter.lastDay(),
                problemFileIds, problemFileIds.size()));
    }
}
