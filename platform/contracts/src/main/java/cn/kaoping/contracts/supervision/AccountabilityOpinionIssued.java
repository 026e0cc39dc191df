package cn.kaoping.contracts.supervision;

import java.time.LocalDate;
import java.util.Objects;

/**
 * 意见书: the opinion on determining an enforcement error and the liability for it
 * (执法过错认定和追究执法过错责任意见书) was issued and the officer notified (S2, case ISSUED). Subject: the
 * officer id.
 *
 * @param statementDueOn last day for his statement and defence (陈述申辩), 5 days by default
 */
public record AccountabilityOpinionIssued(
        String caseId,
        String officerId,
        String unitId,
        LocalDate issuedOn,
        LocalDate statementDueOn) implements SupervisionEvent {

    public AccountabilityOpinionIssued {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(officerId, "officerId");
        Objects.requireNonNull(unitId, "unitId");
    }

    @Override
    public String subject() {
        return officerId;
    }
}
