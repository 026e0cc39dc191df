package cn.kaoping.evaluation.rest.officers;

import cn.kaoping.contracts.evaluation.OfficerRole;
import cn.kaoping.domain.DomainException;
import cn.kaoping.evaluation.domain.ErrorCode;
import cn.kaoping.evaluation.officer.deactivating.DeactivateOfficer;
import cn.kaoping.evaluation.officer.registering.RegisterOfficer;
import cn.kaoping.evaluation.officer.transferring.TransferOfficer;
import cn.kaoping.evaluation.officer.updating.UpdateOfficer;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 民警: officers are registered in a unit, corrected, transferred and deactivated by an ADMIN, and read by everyone.
 * Files keep the unit they were registered under; what an officer may act on follows his current unit and state.
 */
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

    /** What an ADMIN sets of an officer: his name and all his roles. */
    @Schema(description = "变更民警信息 / Correct an officer's name and roles")
    public record OfficerChange(
            @Schema(description = "姓名 / name", examples = "张三") @Size(max = 100) String name,
            @Schema(description = "角色（全部） / roles, the whole set") @Size(max = 10) List<OfficerRole> roles) {
    }

    /** Where and from when an officer is transferred. */
    @Schema(description = "民警调动 / Transfer an officer")
    public record Transfer(
            @Schema(description = "调入单位 / the new unit") @Size(max = Limits.ID) String unitId,
            @Schema(description = "生效日期，不得晚于今天 / effective on, not after today", examples = "2017-03-01")
            LocalDate effectiveOn) {
    }

    /** From when an officer is deactivated (today when absent). */
    @Schema(description = "民警注销 / Deactivate an officer")
    public record Deactivation(
            @Schema(description = "生效日期，缺省为今天 / effective on, today when absent", examples = "2017-03-01")
            LocalDate effectiveOn) {
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateOfficer", summary = "变更民警信息 / Correct an officer",
            description = "仅管理员。姓名与全部角色；警号与单位不变（调动另行办理）。已注销的民警 409 OFFICER_DEACTIVATED。"
                    + " / ADMIN only; name and the whole set of roles (police number and unit stay); 409 once deactivated.")
    @APIResponse(responseCode = "200", description = "民警现状 / the officer as he now stands")
    public OfficerView update(@PathParam("id") String id, @Valid OfficerChange change) {
        OfficerView officer = existing(id);
        OfficerChange request = change == null ? new OfficerChange(null, null) : change;
        Lists.requireNoNulls("roles", request.roles());
        commands.send(new UpdateOfficer(officer.id(), request.name(),
                request.roles() == null ? null : new HashSet<>(request.roles()), caller.id(), commands.now()));
        return existing(id);
    }

    @POST
    @Path("{id}/transfer")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "transferOfficer", summary = "民警调动 / Transfer an officer",
            description = "仅管理员。调入单位须已登记（400 UNKNOWN_UNIT），不得为原单位（400 TRANSFER_TO_SAME_UNIT）；"
                    + "生效日期不得晚于今天；已注销 409。已登记的案卷仍属原单位；调动后法制员不再代表原单位，考评员不得考评调入单位的案卷。"
                    + " / ADMIN only; to another registered unit, effective not after today; files keep their unit; "
                    + "from now on he acts for (and may not review) his new unit.")
    @APIResponse(responseCode = "200", description = "民警现状 / the officer as he now stands")
    public OfficerView transfer(@PathParam("id") String id, @Valid Transfer transfer) {
        OfficerView officer = existing(id);
        Transfer request = transfer == null ? new Transfer(null, null) : transfer;
        if (request.unitId() != null && !request.unitId().isBlank() && !units.exists(request.unitId())) {
            throw DomainException.invalidField(ErrorCode.UNKNOWN_UNIT, "unitId", request.unitId());
        }
        commands.send(new TransferOfficer(officer.id(), request.unitId(), request.effectiveOn(), caller.id(),
                commands.now()));
        return existing(id);
    }

    @POST
    @Path("{id}/deactivation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deactivateOfficer", summary = "民警注销 / Deactivate an officer",
            description = "仅管理员。请求体可省略（生效日期缺省为今天）；再次注销 409 OFFICER_DEACTIVATED。注销后其令牌不再有任何角色，"
                    + "新登记的案卷不得以其为办案民警；已有记录不变。 / ADMIN only; the body is optional (today); twice is 409; "
                    + "his token then holds no role and new files may not name him; his records stay.")
    @APIResponse(responseCode = "200", description = "民警现状 / the officer as he now stands")
    public OfficerView deactivate(@PathParam("id") String id, @Valid Deactivation deactivation) {
        OfficerView officer = existing(id);
        LocalDate effectiveOn = deactivation == null ? null : deactivation.effectiveOn();
        commands.send(new DeactivateOfficer(officer.id(), effectiveOn, caller.id(), commands.now()));
        return existing(id);
    }

    /** The same without a body (as {@code curl -X POST} sends it, with no Content-Type): effective today. */
    @POST
    @Path("{id}/deactivation")
    @RolesAllowed(Roles.ADMIN)
    @Operation(hidden = true)
    public OfficerView deactivateToday(@PathParam("id") String id) {
        return deactivate(id, null);
    }

    private OfficerView existing(String id) {
        return officers.find(id).orElseThrow(() -> new NotFoundException("officer.notFound", id));
    }
}
