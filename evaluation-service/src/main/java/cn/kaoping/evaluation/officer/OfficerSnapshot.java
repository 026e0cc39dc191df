package cn.kaoping.evaluation.officer;

import cn.kaoping.contracts.evaluation.OfficerRole;
import cn.kaoping.domain.DomainException;
import cn.kaoping.evaluation.domain.ErrorCode;
import java.time.LocalDate;
import java.util.List;

/** What the decisions on a registered officer need to know of him: the state his events built. */
public record OfficerSnapshot(String officerId, String policeNumber, String name, String unitId,
                              List<OfficerRole> roles, LocalDate deactivatedOn) {

    public OfficerSnapshot {
        roles = List.copyOf(roles);
    }

    public boolean active() {
        return deactivatedOn == null;
    }

    /** 409: a deactivated officer is changed no more (his records stay as they were). */
    public void requireActive() {
        if (!active()) {
            throw DomainException.conflict(ErrorCode.OFFICER_DEACTIVATED, officerId, deactivatedOn);
        }
    }
}
