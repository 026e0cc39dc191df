package cn.kaoping.contracts.supervision;

import java.util.List;
import java.util.Objects;

/**
 * 执法过错责任追究: an accountability case was opened on an officer (S2, MPS Order 138), in DRAFT: the
 * software proposes, people decide. Subject: the officer id (records follow him across units).
 *
 * @param unitId the officer's unit when the case was opened
 * @param grounds every ground that proposed the case
 */
public record AccountabilityCaseOpened(
        String caseId,
        String officerId,
        String unitId,
        List<ProposalGround> grounds) implements SupervisionEvent {

    public AccountabilityCaseOpened {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(officerId, "officerId");
        Objects.requireNonNull(unitId, "unitId");
        grounds = grounds == null ? List.of() : List.copyOf(grounds);
    }

    @Override
    public String subject() {
        return officerId;
    }
}
