package cn.kaoping.evaluation.rest.deadlines;

import cn.kaoping.evaluation.query.deadlines.OpenDeadline;
import cn.kaoping.evaluation.query.deadlines.OpenDeadlines;
import cn.kaoping.web.paging.Page;
import cn.kaoping.web.paging.Paging;
import cn.kaoping.web.problem.AccessDeniedException;
import cn.kaoping.web.request.QueryParams;
import cn.kaoping.web.security.AccessScope;
import cn.kaoping.web.security.Caller;
import cn.kaoping.web.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * GET /api/v1/deadlines (送评期限, 整改期限): the submission and rectification deadlines still running. Reviewers see
 * every unit (or the one asked for); a unit's legal officer sees his own unit only, as {@link AccessScope} decides.
 */
@Path("/api/v1/deadlines")
@Tag(name = "期限 Deadlines")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class DeadlinesResource {

    private final Caller caller;
    private final OpenDeadlines deadlines;

    DeadlinesResource(Caller caller, OpenDeadlines deadlines) {
        this.caller = caller;
        this.deadlines = deadlines;
    }

    @GET
    @Operation(summary = "未到期的送评与整改期限 / Open deadlines, soonest first",
            description = "送评期限与整改期限中尚未完成也未逾期的，按到期日排序。考评员可查看全部单位（或以 unitId 筛选）；"
                    + "单位法制员仅可查看本单位（指定其他单位为 403）。 / Submission and rectification deadlines neither met "
                    + "nor passed. REVIEWER: every unit, or the one in unitId; UNIT_LEGAL_OFFICER: own unit only.")
    public Page<OpenDeadline> list(
            @Parameter(description = "仅列出最后期限早于该日的 / only deadlines whose last day on time is before this date, "
                    + "e.g. 2017-06-01")
            @QueryParam("dueBefore") String dueBefore,
            @Parameter(description = "单位 / unit id") @QueryParam("unitId") String unitId,
            @BeanParam @Valid Paging paging) {
        caller.requireAnyRole(Roles.REVIEWER, Roles.UNIT_LEGAL_OFFICER);
        LocalDate before = QueryParams.date("dueBefore", dueBefore);
        AccessScope scope = AccessScope.of(caller).narrow(blankToNull(unitId), null);
        if (scope.officerId() != null) {
            // Deadlines are a unit's business: a scope limited to one officer's records (a legal officer whose
            // token names no unit, who is also an officer) sees none of them.
            throw new AccessDeniedException("access.unit");
        }
        long total = deadlines.count(before, scope.unitId());
        return paging.page(deadlines.page(before, scope.unitId(), paging.offset(), paging.limit()), () -> total);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
