package cn.kaoping.publicity.api;

import cn.kaoping.publicity.list.MonthlyList;
import cn.kaoping.web.problem.AccessDeniedException;
import cn.kaoping.web.security.Caller;
import cn.kaoping.web.security.Roles;
import java.util.List;
import java.util.Objects;

/**
 * "By role and unit" (API.md) for monthly lists: reviewers, leadership and administrators see every unit
 * (optionally filtered by {@code unitId}); a unit legal officer sees the officers and the line of his own
 * unit; an officer sees his own line only.
 */
final class ListAccess {

    private ListAccess() {
    }

    static MonthlyList restrict(MonthlyList list, Caller caller, String unitId) {
        caller.requireAuthenticated();
        if (caller.seesAllUnits()) {
            return unitId == null ? list : ofUnit(list, unitId);
        }
        if (unitId != null && !caller.isOfUnit(unitId)) {
            throw new AccessDeniedException("access.unit");
        }
        if (caller.hasRole(Roles.UNIT_LEGAL_OFFICER) && caller.unitId() != null) {
            return ofUnit(list, caller.unitId());
        }
        if (caller.hasRole(Roles.OFFICER)) {
            return new MonthlyList(list.month(), list.version(), list.publishedAt(), list.publishedBy(),
                    list.redCardRule(),
                    list.officers().stream().filter(o -> Objects.equals(o.officerId(), caller.id())).toList(),
                    List.of());
        }
        throw new AccessDeniedException("access.role", String.join(", ", Roles.ALL));
    }

    static MonthlyList ofUnit(MonthlyList list, String unitId) {
        return new MonthlyList(list.month(), list.version(), list.publishedAt(), list.publishedBy(), list.redCardRule(),
                list.officers().stream().filter(o -> Objects.equals(o.unitId(), unitId)).toList(),
                list.units().stream().filter(u -> Objects.equals(u.unitId(), unitId)).toList());
    }
}
