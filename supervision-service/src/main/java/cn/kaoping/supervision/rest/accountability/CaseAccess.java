package cn.kaoping.supervision.rest.accountability;

import static cn.kaoping.supervision.SupervisionError.CASE_NOT_FOUND;

import cn.kaoping.domain.DomainException;
import cn.kaoping.supervision.query.accountability.CaseQuery;
import cn.kaoping.web.problem.AccessDeniedException;
import cn.kaoping.web.security.Caller;
import cn.kaoping.web.security.Roles;
import jakarta.enterprise.context.RequestScoped;

/** Who sees a case: REVIEWER and LEADERSHIP every case, an officer his own (never another's), nobody else. */
@RequestScoped
class CaseAccess {

    private final CaseQuery query;
    private final Caller caller;

    CaseAccess(CaseQuery query, Caller caller) {
        this.query = query;
        this.caller = caller;
    }

    CaseQuery.CaseDetail readable(String caseId) {
        caller.requireAuthenticated();
        CaseQuery.CaseDetail detail = query.find(caseId)
                .orElseThrow(() -> DomainException.notFound(CASE_NOT_FOUND, caseId));
        boolean own = detail.accountabilityCase().officerId().equals(caller.id());
        if (!own && !caller.hasAnyRole(Roles.REVIEWER, Roles.LEADERSHIP)) {
            throw new AccessDeniedException("access.officer");
        }
        return detail;
    }
}
