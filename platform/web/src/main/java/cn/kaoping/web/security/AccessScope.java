package cn.kaoping.web.security;

import cn.kaoping.web.problem.AccessDeniedException;
import java.util.Collection;
import java.util.Objects;

/**
 * What a caller may see (PROCESS.md, "People and roles"), decided in this one place for every service:
 * REVIEWER, LEADERSHIP and ADMIN see every unit; a UNIT_LEGAL_OFFICER his own unit; an OFFICER his own records.
 * A query takes the scope as its filter: {@link #unitId()} limits it to one unit, {@link #officerId()} to one
 * officer's records (how "his" is read, primary officer or co-handler, is the query's business); {@code null}
 * means no limit. A request's own filters only ever narrow the scope ({@link #narrow}), so no filter a caller
 * sends can widen what he sees.
 */
public record AccessScope(String unitId, String officerId) {

    private static final AccessScope EVERYTHING = new AccessScope(null, null);

    /**
     * The caller's scope: 401 without a token; 403 for a caller who may see nothing (no role, or a legal officer
     * whose token names no unit).
     */
    public static AccessScope of(Caller caller) {
        caller.requireAuthenticated();
        if (caller.seesAllUnits()) {
            return EVERYTHING;
        }
        if (caller.hasRole(Roles.UNIT_LEGAL_OFFICER) && caller.unitId() != null) {
            return new AccessScope(caller.unitId(), null);
        }
        if (caller.hasRole(Roles.OFFICER)) {
            return new AccessScope(null, caller.id());
        }
        throw new AccessDeniedException("access.role", String.join(", ", Roles.ALL));
    }

    public static AccessScope everything() {
        return EVERYTHING;
    }

    public boolean isEverything() {
        return unitId == null && officerId == null;
    }

    /**
     * This scope further limited by a request's filters ({@code null}: none): 403 when a filter asks for
     * another unit or another officer than the scope allows.
     */
    public AccessScope narrow(String unitFilter, String officerFilter) {
        if (unitFilter != null && unitId != null && !unitId.equals(unitFilter)) {
            throw new AccessDeniedException("access.unit");
        }
        if (officerFilter != null && officerId != null && !officerId.equals(officerFilter)) {
            throw new AccessDeniedException("access.officer");
        }
        return new AccessScope(unitFilter != null ? unitFilter : unitId,
                officerFilter != null ? officerFilter : officerId);
    }

    /** Whether a record of this unit, concerning these officers, is within the scope. */
    public boolean covers(String recordUnitId, Collection<String> recordOfficerIds) {
        boolean unitOk = unitId == null || unitId.equals(recordUnitId);
        boolean officerOk = officerId == null
                || recordOfficerIds != null && recordOfficerIds.stream().anyMatch(o -> Objects.equals(o, officerId));
        return unitOk && officerOk;
    }

    /** Whether a record of this unit, concerning this one officer, is within the scope. */
    public boolean covers(String recordUnitId, String recordOfficerId) {
        return covers(recordUnitId, recordOfficerId == null ? java.util.List.of() : java.util.List.of(recordOfficerId));
    }

    /** 403 unless the record is within the scope. */
    public void require(String recordUnitId, Collection<String> recordOfficerIds) {
        if (!covers(recordUnitId, recordOfficerIds)) {
            throw new AccessDeniedException(officerId != null ? "access.officer" : "access.unit");
        }
    }

    /** Whether the caller sees a whole unit (a unit line, its statistics), not only one officer's records. */
    public boolean coversUnit(String recordUnitId) {
        return officerId == null && (unitId == null || unitId.equals(recordUnitId));
    }
}
