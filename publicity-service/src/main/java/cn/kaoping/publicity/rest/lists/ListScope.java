package cn.kaoping.publicity.rest.lists;

import cn.kaoping.web.problem.AccessDeniedException;
import cn.kaoping.web.security.AccessScope;
import cn.kaoping.web.security.Caller;

/**
 * "By role and unit" (API.md) for monthly lists, through {@link AccessScope}: reviewers, leadership and
 * administrators see every unit (optionally one, {@code unitId}); a unit legal officer the officers and the line
 * of his own unit; an officer his own line only.
 */
public final class ListScope {

    private ListScope() {
    }

    public static AccessScope of(Caller caller, String unitId) {
        String unitFilter = unitId == null || unitId.isBlank() ? null : unitId;
        AccessScope scope = AccessScope.of(caller);
        // An officer's scope is his own records, not a unit, so narrow() would answer another unit with an empty
        // list; asking for another unit than one's own is refused, as it always was.
        if (scope.officerId() != null && unitFilter != null && !caller.isOfUnit(unitFilter)) {
            throw new AccessDeniedException("access.unit");
        }
        return scope.narrow(unitFilter, null);
    }
}
