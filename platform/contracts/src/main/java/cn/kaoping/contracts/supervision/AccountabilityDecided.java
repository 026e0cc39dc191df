package cn.kaoping.contracts.supervision;

import cn.kaoping.contracts.Nullable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * 追责决定: the party committee decided an accountability case (S2, case DECIDED). The decision is final;
 * a review or appeal outcome is an {@link AccountabilityDecisionRevised}. Subject: the officer id.
 *
 * @param liable    whether the officer is held liable for an enforcement error
 * @param forms     when liable, one or more forms of liability as configured (e.g. 诫勉谈话, 通报批评, 记过);
 *                  empty when not liable
 * @param ground    the ground of the decision, as people read it; always given when not liable
 * @param batch     the batch the case was decided in (figures count officers held accountable per batch)
 * @param decidedOn the day of the decision; it falls in the period an incentive ranking excludes him from
 */
public record AccountabilityDecided(
        String caseId,
        String officerId,
        String unitId,
        boolean liable,
        List<String> forms,
        @Nullable String ground,
        String batch,
        LocalDate decidedOn) implements SupervisionEvent {

    public AccountabilityDecided {
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
