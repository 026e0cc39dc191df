package cn.kaoping.contracts.training;

import java.util.List;
import java.util.Objects;

/**
 * 后进民警: an officer was nominated by rule for the lagging-officer class (T3), from the thresholds of the
 * rulebook in force. One nomination per officer and reason in a period. Subject: the officer id.
 *
 * @param period       the period the rule counted: the month of the red card ({@code 2017-05}) for
 *                     {@link NominationReason#RED_CARD}, the calendar quarter ({@code 2017-Q2}) for
 *                     {@link NominationReason#PROBLEM_FILES}
 * @param caseFileIds  the facts: his problem files in that period (the red card's, or the quarter's)
 * @param problemFiles how many problem files the rule counted
 */
public record OfficerNominated(
        String nominationId,
        String officerId,
        String unitId,
        NominationReason reason,
        String period,
        List<String> caseFileIds,
        int problemFiles) implements TrainingEvent {

    public OfficerNominated {
        Objects.requireNonNull(nominationId, "nominationId");
        Objects.requireNonNull(officerId, "officerId");
        Objects.requireNonNull(unitId, "unitId");
        caseFileIds = caseFileIds == null ? List.of() : List.copyOf(caseFileIds);
    }

    @Override
    public String subject() {
        return officerId;
    }
}
