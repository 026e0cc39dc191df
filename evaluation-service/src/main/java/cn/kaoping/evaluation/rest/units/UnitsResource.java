package cn.kaoping.evaluation.rest.units;

import cn.kaoping.domain.DomainException;
import cn.kaoping.evaluation.domain.ErrorCode;
import cn.kaoping.evaluation.query.Constraints;
import cn.kaoping.evaluation.query.units.UnitView;
import cn.kaoping.evaluation.query.units.UnitsQuery;
import cn.kaoping.evaluation.rest.CommandSender;
import cn.kaoping.evaluation.unit.registering.RegisterUnit;
import cn.kaoping.evaluation.unit.renaming.RenameUnit;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 单位: units are registered and renamed by an ADMIN and read by everyone. */
@Path("/api/v1/units")
@Tag(name = "单位 Units")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class UnitsResource {

    private final CommandSender commands;
    private final UnitsQuery units;
    private final Caller caller;

    UnitsResource(CommandSender commands, UnitsQuery units, Caller caller) {
        this.commands = commands;
        this.units = units;
        this.caller = caller;
    }

    /** What an ADMIN enters to register a unit. */
    @Schema(description = "登记单位 / Register a unit")
    public record NewUnit(
            @Schema(description = "单位代码，唯一 / unit code, unique", examples = "CGPCS") @Size(max = 64) String code,
            @Schema(description = "名称 / name", examples = "城关派出所") @Size(max = 200) String name) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "registerUnit", summary = "登记单位 / Register a unit",
            description = "仅管理员。单位代码重复时返回 409 DUPLICATE_UNIT_CODE。 / ADMIN only; a code in use gives 409.")
    @APIResponse(responseCode = "201", description = "已登记 / registered")
    public Response register(@Valid NewUnit unit) {
        NewUnit request = unit == null ? new NewUnit(null, null) : unit;
        String code = request.code() == null ? null : request.code().strip();
        if (code != null && units.codeTaken(code)) {
            throw DomainException.conflict(ErrorCode.DUPLICATE_UNIT_CODE, code);
        }
        String unitId = UUID.randomUUID().toString();
        commands.sendClaiming(new RegisterUnit(unitId, request.code(), request.name(), caller.id(), commands.now()),
                Constraints.UNIT_CODE, () -> DomainException.conflict(ErrorCode.DUPLICATE_UNIT_CODE, code));
        return Response.created(URI.create("/api/v1/units/" + unitId)).entity(units.find(unitId).orElseThrow())
                .build();
    }

    @GET
    @Operation(operationId = "listUnits", summary = "单位列表 / List the units", description = "按代码排序 / by code")
    public Page<UnitView> list(@BeanParam @Valid Paging paging) {
        return paging.page(units.page(paging.offset(), paging.limit()), units::count);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getUnit", summary = "单位 / One unit")
    public UnitView get(@PathParam("id") String id) {
        return units.find(id).orElseThrow(() -> new NotFoundException("unit.notFound", id));
    }

    /** A unit's new name. */
    @Schema(description = "单位更名 / Rename a unit")
    public record UnitChange(
            @Schema(description = "名称 / name", examples = "城关街道派出所") @Size(max = 200) String name) {
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "renameUnit", summary = "单位更名 / Rename a unit",
            description = "仅管理员。代码不变；各服务的页面随之显示新名称。 / ADMIN only; the code stays; pages follow.")
    @APIResponse(responseCode = "200", description = "单位现状 / the unit as it now stands")
    public UnitView rename(@PathParam("id") String id, @Valid UnitChange change) {
        UnitView unit = units.find(id).orElseThrow(() -> new NotFoundException("unit.notFound", id));
        commands.send(new RenameUnit(unit.id(), change == null ? null : change.name(), caller.id(), commands.now()));
        return units.find(id).orElseThrow();
    }
}
