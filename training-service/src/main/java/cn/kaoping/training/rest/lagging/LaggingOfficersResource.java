package cn.kaoping.training.rest.lagging;

import cn.kaoping.domain.DomainException;
import cn.kaoping.domain.Period;
import cn.kaoping.training.Periods;
import cn.kaoping.training.TrainingError;
import cn.kaoping.training.lagging.Classes;
import cn.kaoping.training.query.lagging.LaggingQuery;
import cn.kaoping.web.paging.Page;
import cn.kaoping.web.paging.Paging;
import cn.kaoping.web.request.Limits;
import cn.kaoping.web.security.AccessScope;
import cn.kaoping.web.security.Caller;
import cn.kaoping.web.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * 后进民警 (T3): nominations by rule, for the brigade (every unit), a unit's legal officer (his unit) and the officer
 * himself (his own).
 */
@Path("/api/v1/lagging-officers")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class LaggingOfficersResource {

    private final LaggingQuery query;
    private final Classes classes;
    private final Caller caller;
    private final Clock clock;

    LaggingOfficersResource(LaggingQuery query, Classes classes, Caller caller, Clock clock) {
        this.query = query;
        this.classes = classes;
        this.caller = caller;
        this.clock = clock;
    }

    public record Excuse(@Size(max = Limits.TEXT) String reason) {
    }

    @GET
    @Operation(operationId = "listLaggingOfficers", summary = "后进民警提名 / Officers nominated by rule",
            description = "period: 2026-05, 2026-Q2, 2026-H1 or 2026 (nominations whose period overlaps it).")
    public Page<LaggingQuery.NominationView> list(@QueryParam("period") @Size(max = Limits.CODE) String period,
                                                  @QueryParam("unitId") @Size(max = Limits.ID) String unitId,
                                                  @QueryParam("officerId") @Size(max = Limits.ID) String officerId,
                                                  @BeanParam @Valid Paging paging) {
        AccessScope scope = AccessScope.of(caller).narrow(blank(unitId), blank(officerId));
        Period p = period == null || period.isBlank() ? null : Periods.parse("period", period);
        return paging.page(query.nominations(p, scope.unitId(), scope.officerId(), paging.offset(), paging.limit()),
                () -> query.countNominations(p, scope.unitId(), scope.officerId()));
    }

    @GET
    @Path("{nominationId}")
    @Operation(operationId = "getNomination", summary = "一项提名 / One nomination")
    public LaggingQuery.NominationView get(@PathParam("nominationId") String id) {
        AccessScope scope = AccessScope.of(caller);
        LaggingQuery.NominationView n = query.nomination(id)
                .filter(v -> scope.covers(v.unitId(), v.officerId()))
                .orElseThrow(() -> DomainException.notFound(TrainingError.NOMINATION_NOT_FOUND, id));
        return n;
    }

    @POST
    @Path("{nominationId}/excuse")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REVIEWER)
    @Operation(operationId = "excuseNominee", summary = "免予参训（须说明理由） / Excuse a nominee, with a reason")
    public LaggingQuery.NominationView excuse(@PathParam("nominationId") String id, @Valid Excuse body) {
        classes.excuse(id, body == null ? null : body.reason(), caller.actor(), clock.instant());
        return query.nomination(id).orElseThrow();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
