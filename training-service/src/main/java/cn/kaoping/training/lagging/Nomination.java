package cn.kaoping.training.lagging;

import cn.kaoping.contracts.training.NominationReason;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * 后进民警提名: an officer nominated by rule for the lagging-officer class (T3), one per officer, reason and period.
 *
 * @param period      the month of the red card, or the quarter of the problem files
 * @param caseFileIds the facts: his problem files of that period
 */
public record Nomination(String id, String officerId, String unitId, NominationReason reason, String period,
                         LocalDate periodStart, LocalDate periodEnd, List<String> caseFileIds, int problemFiles) {

    public Nomination {
        caseFileIds = List.copyOf(caseFileIds);
    }

    /**
     * The id is a name-based UUID of officer, reason and period, so that a replay of the streams (a rebuild) finds
     * the nomination it made before instead of making another one.
     */
    public static String idOf(String officerId, NominationReason reason, String period) {
        return UUID.nameUUIDFromBytes(("nomination:" + officerId + ":" + reason + ":" + period)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }
}
