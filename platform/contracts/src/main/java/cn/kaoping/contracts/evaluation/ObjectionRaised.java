package cn.kaoping.contracts.evaluation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An officer of the file raised an objection (异议) to its latest card within the rulebook's period (E9).
 *
 * @param cardRound      the round of the card objected to
 * @param decisionDueOn  the day by which the brigade should decide
 */
public record ObjectionRaised(
        String caseFileId,
        String caseNumber,
        String unitId,
        String primaryOfficerId,
        int cardRound,
        String reason,
        LocalDate decisionDueOn,
        String actorId,
        Instant occurredAt) implements EvaluationEvent {

    @Override
    public String subject() {
        return caseFileId;
    }
}
