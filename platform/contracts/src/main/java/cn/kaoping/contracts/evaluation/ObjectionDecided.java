package cn.kaoping.contracts.evaluation;

import cn.kaoping.contracts.Nullable;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * A reviewer decided an objection (E9). Upheld: the named findings are withdrawn (kept on the card, counting
 * 0) and the card is recomputed; nothing is deleted. {@code card} is the file's current card after the
 * decision (unchanged when rejected). When the withdrawal leaves a file awaiting rectification without any
 * round-one finding, {@link CaseFileClosed} follows.
 *
 * @param cardRound the round of the card objected to
 */
public record ObjectionDecided(
        String caseFileId,
        String caseNumber,
        String unitId,
        String primaryOfficerId,
        List<String> coHandlerIds,
        int cardRound,
        ObjectionDecision decision,
        List<String> withdrawnFindingIds,
        @Nullable String reasoning,
        EvaluationCard card,
        YearMonth evaluationMonth,
        String actorId,
        Instant occurredAt) implements EvaluationEvent {

    public ObjectionDecided {
        coHandlerIds = Lists.copy(coHandlerIds);
        withdrawnFindingIds = Lists.copy(withdrawnFindingIds);
    }

    @Override
    public String subject() {
        return caseFileId;
    }
}
