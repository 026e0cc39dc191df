package cn.kaoping.evaluation.rest.deadlines;

import cn.kaoping.evaluation.infrastructure.deadlines.ParkedDeadline;
import cn.kaoping.evaluation.infrastructure.deadlines.ParkedDeadlines;
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
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * GET /api/v1/deadlines (送评期限, 整改期限): the submission and rectification deadlines still running. Reviewers and
 * leadership see every unit (or the one asked for); a unit's legal officer sees his own unit only, as
 * {@link AccessScope} decides.
 */
@Path("/api/v1/deadlines")
@Tag(name = "期限 Deadlines")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class DeadlinesResource {

    private final Caller caller;
    private final OpenDeadlines deadlines;
    private final ParkedDeadlines parked;

    DeadlinesResource(Caller caller, OpenDeadlines deadlines, ParkedDeadlines parked) {
        this.caller = caller;
        this.deadlines = deadlines;
        this.parked = parked;
    }

    @GET
    @Path("parked")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "listParkedDeadlines", summary = "已搁置的期限 / Parked deadlines",
            description = "仅管理员。期限到期后调度器执行的命令连续失败 kaoping.deadlines.max-attempts 次（默认 10 次，间隔按 "
                    + "kaoping.deadlines.retry-backoff 起逐次加倍，至多 kaoping.deadlines.max-retry-backoff）即搁置，不再自动重试，"
                    + "保留最后一次错误；最近搁置的在前。指标 kaoping.deadlines.parked 为其数量。 / ADMIN only. A deadline whose "
                    + "command failed kaoping.deadlines.max-attempts times (default 10, pauses doubling from "
                    + "kaoping.deadlines.retry-backoff up to kaoping.deadlines.max-retry-backoff) is parked with its last "
                    + "error and no longer retried by itself; most recently parked first. Gauge kaoping.deadlines.parked.")
    public Page<ParkedDeadline> parked(@BeanParam @Valid Paging paging) {
        long total = parked.count();
        return paging.page(parked.page(paging.offset(), paging.limit()), () -> total);
    }

    @POST
    @Path("{id}/retry")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "retryParkedDeadline", summary = "重试已搁置的期限 / Retry a parked deadline",
            description = "仅管理员。id 为 <案卷编号>:<SUBMISSION|RECTIFICATION>（见已搁置列表的 id）。期限重新开放、尝试次数清零，"
                    + "调度器下次轮询时执行；不是已搁置期限时 404 DEADLINE_NOT_PARKED。 / ADMIN only. id is "
                    + "<caseFileId>:<SUBMISSION|RECTIFICATION> (the id of the parked list). The deadline opens again with "
                    + "its attempts reset and fires at the scheduler's next poll; 404 DEADLINE_NOT_PARKED otherwise.")
    @APIResponse(responseCode = "204", description = "已重新开放 / open again")
    public Response retry(@PathParam("id") String id) {
        parked.retry(id, caller.id());
        return Response.noContent().build();
    }

    @GET
    @Operation(operationId = "listOpenDeadlines", summary = "未到期的送评与整改期限 / Open deadlines, soonest first",
            description = "送评期限与整改期限中尚未完成也未逾期的，按到期日排序。考评员、领导可查看全部单位（或以 unitId 筛选）；"
                    + "单位法制员仅可查看本单位（指定其他单位为 403）。 / Submission and rectification deadlines neither met "
                    + "nor passed. REVIEWER, LEADERSHIP: every unit, or the one in unitId; UNIT_LEGAL_OFFICER: own unit "
                    + "only.")
    public Page<OpenDeadline> list(
            @Parameter(description = "仅列出最后期限早于该日的 / only deadlines whose last day on time is before this date, "
                    + "e.g. 2017-06-01")
            @QueryParam("dueBefore") String dueBefore,
            @Parameter(description = "单位 / unit id") @QueryParam("unitId") String unitId,
            @BeanParam @Valid Paging paging) {
        caller.requireAnyRole(Roles.REVIEWER, Roles.LEADERSHIP, Roles.UNIT_LEGAL_OFFICER);
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
