package cn.kaoping.incentive.rest.performance;

import cn.kaoping.domain.Period;
import cn.kaoping.incentive.performance.OfficerPoints;
import cn.kaoping.incentive.performance.Performance;
import cn.kaoping.incentive.performance.PerformanceLedger;
import cn.kaoping.incentive.period.Periods;
import cn.kaoping.runtime.db.Db;
import cn.kaoping.web.request.Limits;
import cn.kaoping.web.security.AccessScope;
import cn.kaoping.web.security.Caller;
import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 绩效积分 (I1): points per officer and per unit of a period, with every file's computation; by role and unit. */
@Path("/api/v1/performance")
@Tag(name = "绩效积分 Performance")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class PerformanceResource {

    private final Db db;
    private final Caller caller;

    PerformanceResource(Db db, Caller caller) {
        this.db = db;
        this.caller = caller;
    }

    @GET
    @Path("{period}")
    @Operation(operationId = "getPerformance", summary = "某期绩效积分 / Points of a period",
            description = "period: 2026-12, 2026-Q4, 2026-H2, 2026. 考评员、局领导看全部；法制员看本单位；民警看本人（不含单位合计）。"
                    + " / REVIEWER and LEADERSHIP see all; a UNIT_LEGAL_OFFICER his unit; an OFFICER his own lines.")
    public Performance get(@PathParam("period") String periodText, @QueryParam("unitId") @Size(max = Limits.ID) String unitId,
                           @QueryParam("officerId") @Size(max = Limits.ID) String officerId) {
        AccessScope scope = AccessScope.of(caller).narrow(blank(unitId), blank(officerId));
        Period period = Periods.parse(periodText);
        Performance all = db.withHandle(h -> PerformanceLedger.of(h, period));
        return narrow(all, scope);
    }

    static Performance narrow(Performance all, AccessScope scope) {
        return new Performance(all.period(), all.schemeVersion(),
                all.officers().stream().filter(o -> covers(scope, o)).toList(),
                all.units().stream().filter(u -> scope.coversUnit(u.unitId())).toList());
    }

    private static boolean covers(AccessScope scope, OfficerPoints o) {
        return scope.covers(o.unitId(), o.officerId());
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
