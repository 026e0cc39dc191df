package cn.kaoping.incentive.rest.funding;

import cn.kaoping.domain.DomainException;
import cn.kaoping.domain.Period;
import cn.kaoping.incentive.IncentiveError;
import cn.kaoping.incentive.funding.Allocation;
import cn.kaoping.incentive.funding.allocating.AllocateFunding;
import cn.kaoping.incentive.funding.allocating.FundingAllocator;
import cn.kaoping.incentive.funding.approving.AllocationApprover;
import cn.kaoping.incentive.funding.approving.ApproveAllocation;
import cn.kaoping.incentive.period.Periods;
import cn.kaoping.incentive.query.funding.AllocationQuery;
import cn.kaoping.runtime.directory.Directory;
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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 经费跟着案件走 (I2): allocations of a period's pool, their approval and their export. */
@Path("/api/v1/funding-allocations")
@Tag(name = "经费分配 Funding")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class FundingResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final FundingAllocator allocator;
    private final AllocationApprover approver;
    private final AllocationQuery allocations;
    private final Directory directory;
    private final Caller caller;
    private final Clock clock;

    FundingResource(FundingAllocator allocator, AllocationApprover approver, AllocationQuery allocations,
                    Directory directory, Caller caller, Clock clock) {
        this.allocator = allocator;
        this.approver = approver;
        this.allocations = allocations;
        this.directory = directory;
        this.caller = caller;
        this.clock = clock;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.LEADERSHIP, Roles.REVIEWER})
    @Operation(operationId = "allocateFunding", summary = "分配经费（草稿） / Allocate a pool (draft)",
            description = "{period, pool: \"120000.00\"} → 各单位、各民警的积分、占比、精确份额和分配金额（最大余额法，到分）。"
                    + "本期无积分 409 NO_POINTS。 / Units and officers with points, share, exact quota and amount to the cent; "
                    + "no points in the period is 409 NO_POINTS.")
    @APIResponse(responseCode = "201", description = "草稿 / draft")
    @APIResponse(responseCode = "400", description = "期间或金额不合格 / bad period or pool")
    @APIResponse(responseCode = "409", description = "本期无积分 / no points")
    public Response allocate(@Valid AllocationRequest request) {
        if (request == null) {
            throw DomainException.invalidField(IncentiveError.REQUIRED, "period");
        }
        Allocation allocation = allocator.allocate(new AllocateFunding(UUID.randomUUID().toString(), request.period(),
                request.pool(), caller.id(), clock.instant()));
        return Response.created(URI.create("/api/v1/funding-allocations/" + allocation.id())).entity(allocation).build();
    }

    @GET
    @Operation(operationId = "listFundingAllocations", summary = "分配列表 / Allocations", description = "新的在前 / newest first")
    public Page<AllocationSummary> list(@QueryParam("period") @Size(max = Limits.CODE) String period, @BeanParam @Valid Paging paging) {
        AccessScope.of(caller);
        String p = period == null || period.isBlank() ? null : Periods.parse(period).text();
        return paging.page(allocations.page(p, paging.offset(), paging.limit()).stream().map(AllocationSummary::of)
                .toList(), () -> allocations.count(p));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getFundingAllocation", summary = "一次分配 / One allocation",
            description = "考评员、局领导看全部；法制员看本单位；民警看本人。 / By role: all, own unit, or own line.")
    public Allocation get(@PathParam("id") String id) {
        AccessScope scope = AccessScope.of(caller);
        return AllocationAccess.narrow(allocations.get(id), scope);
    }

    @POST
    @Path("{id}/approval")
    @RolesAllowed(Roles.LEADERSHIP)
    @Operation(operationId = "approveFundingAllocation", summary = "批准分配 / Approve (freeze)",
            description = "批准后不可更改；同期再分配为新版本。已批准 409。 / Frozen; a new allocation of the period is a new "
                    + "version. Already approved: 409.")
    @APIResponse(responseCode = "200", description = "已批准 / approved")
    @APIResponse(responseCode = "404", description = "无此分配 / not found")
    @APIResponse(responseCode = "409", description = "已批准 / already approved")
    public Allocation approve(@PathParam("id") String id) {
        return approver.approve(new ApproveAllocation(id, caller.actor(), clock.instant()));
    }

    @GET
    @Path("{id}/export")
    @Produces(XLSX)
    @RolesAllowed({Roles.LEADERSHIP, Roles.REVIEWER})
    @Operation(operationId = "exportFundingAllocation", summary = "导出 .xlsx / Export the breakdown")
    public Response export(@PathParam("id") String id) {
        Allocation allocation = allocations.get(id);
        return Response.ok(AllocationWorkbook.write(allocation, directory), XLSX)
                .header("Content-Disposition", "attachment; filename=\"funding-" + allocation.period() + "-"
                        + (allocation.version() == null ? "draft" : "v" + allocation.version()) + ".xlsx\"")
                .build();
    }
}
