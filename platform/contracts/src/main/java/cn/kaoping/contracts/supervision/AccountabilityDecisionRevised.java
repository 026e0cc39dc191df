package cn.kaoping.contracts.supervision;

import cn.kaoping.contracts.Nullable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * 复核、申诉结果: the outcome of a review or an appeal of an {@link AccountabilityDecided}. It is a new event,
 * never an edit: it replaces the outcome from {@code decidedOn} on, and the first decision stays on record.
 * Subject: the officer id.
 *
 * @param liable    whether the officer is (still) held liable
 * @param forms     the forms of liability now in force; empty when not liable
 * @param ground    the ground of the revised outcome, as people read it; always given when not liable
 * @param decidedOn the day of the review or appeal decision
 */
public record AccountabilityDecisionRevised(
        String caseId,
        String officerId,
        String unitId,
        RevisionKind kind,
        boolean liable,
        List<String> forms,
        @Nullable String ground,
        LocalDate decidedOn) implements SupervisionEvent {

    public AccountabilityDecisionRevised {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(officerId, "officerId");
        Objects.requireNonNull(unitId, "unitId");
        forms = forms == null ? List.of() : List.copyOf(forms);
    }

    @Override
    public String subject() {
        return officerId;
    }
}
