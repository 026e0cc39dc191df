package cn.kaoping.evaluation.rest.officers;

import cn.kaoping.contracts.evaluation.OfficerRole;
import cn.kaoping.domain.DomainException;
import cn.kaoping.evaluation.domain.ErrorCode;
import cn.kaoping.evaluation.officer.registering.RegisterOfficer;
import cn.kaoping.evaluation.query.Constraints;
import cn.kaoping.evaluation.query.officers.OfficerView;
import cn.kaoping.evaluation.query.officers.OfficersQuery;
import cn.kaoping.evaluation.query.units.UnitsQuery;
import cn.kaoping.evaluation.rest.CommandSender;
import cn.kaoping.evaluation.rest.Limits;
import cn.kaoping.evaluation.rest.Lists;
import cn.kaoping.web.paging.Page;
import cn.kaoping.web.paging.Paging;
import cn.kaoping.web.problem.NotFoundException;
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
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 民警: officers are registered in a unit by an ADMIN and read by everyone. */
@Path("/api/v1/officers")
@Tag(name = "民警 Officers")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class OfficersResource {

    private final CommandSender commands;
    private final OfficersQuery officers;
    private final UnitsQuery units;
    private final Caller caller;

    OfficersResource(CommandSender commands, OfficersQuery officers, UnitsQuery units, Caller caller) {
        this.commands = commands;
        this.officers = officers;
        this.units = units;
        this.caller = caller;
    }

    /** What an ADMIN enters to register an officer. */
    @Schema(description = "登记民警 / Register an officer")
    public record NewOfficer(
            @Schema(description = "警号，唯一 / police number, unique", examples = "031234") @Size(max = 64) String policeNumber,
            @Schema(description = "姓名 / name", examples = "张三") @Size(max = 100) String name,
            @Schema(description = "所属单位 / unit id") @Size(max = Limits.ID) String unitId,
            @Schema(description = "角色 / roles") @Size(max = 10) List<OfficerRole> roles) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "registerOfficer", summary = "登记民警 / Register an officer",
            description = "仅管理员。单位须已登记（否则 400 UNKNOWN_UNIT），警号重复时 409 DUPLICATE_POLICE_NUMBER。"
                    + " / ADMIN only; the unit must exist (400), a police number in use gives 409.")
    @APIResponse(responseCode = "201", description = "已登记 / registered")
    public Response register(@Valid NewOfficer officer) {
        NewOfficer request = officer == null ? new NewOfficer(null, null, null, null) : officer;
        Lists.requireNoNulls("roles", request.roles());
        if (request.unitId() != null && !request.unitId().isBlank() && !units.exists(request.unitId())) {
            throw DomainException.invalidField(ErrorCode.UNKNOWN_UNIT, "unitId", request.unitId());
        }
        String policeNumber = request.policeNumber() == null ? null : request.policeNumber().strip();
        if (policeNumber != null && officers.policeNumberTaken(policeNumber)) {
            throw DomainException.conflict(ErrorCode.DUPLICATE_POLICE_NUMBER, policeNumber);
        }
        String officerId = UUID.randomUUID().toString();
        RegisterOfficer command = new RegisterOfficer(officerId, request.policeNumber(), request.name(),
                request.unitId(), request.roles() == null ? null : new HashSet<>(request.roles()), caller.id(),
                commands.now());
        commands.sendClaiming(command, Constraints.POLICE_NUMBER,
                () -> DomainException.conflict(ErrorCode.DUPLICATE_POLICE_NUMBER, policeNumber));
        return Response.created(URI.create("/api/v1/officers/" + officerId))
                .entity(officers.find(officerId).orElseThrow()).build();
    }

    @GET
    @Operation(operationId = "listOfficers", summary = "民警列表 / List the officers", description = "可按单位筛选 / optionally of one unit")
    public Page<OfficerView> list(@QueryParam("unitId") @Parameter(description = "单位 / unit id") String unitId,
                                  @BeanParam @Valid Paging paging) {
        String unit = unitId == null || unitId.isBlank() ? null : unitId;
        return paging.page(officers.page(unit, paging.offset(), paging.limit()), () -> officers.count(unit));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getOfficer", summary = "民警 / One officer")
    public OfficerView get(@PathParam("id") String id) {
        return officers.find(id).orElseThrow(() -> new NotFoundException("officer.notFound", id));
    }
}
