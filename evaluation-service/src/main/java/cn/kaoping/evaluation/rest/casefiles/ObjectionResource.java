package cn.kaoping.evaluation.rest.casefiles;

import cn.kaoping.contracts.evaluation.ObjectionDecision;
import cn.kaoping.evaluation.casefile.objecting.DecideObjection;
import cn.kaoping.evaluation.casefile.objecting.RaiseObjection;
import cn.kaoping.evaluation.query.casefiles.CaseFilesQuery;
import cn.kaoping.evaluation.rest.CommandSender;
import cn.kaoping.evaluation.rest.Limits;
import cn.kaoping.evaluation.rest.Lists;
import cn.kaoping.web.security.Caller;
import cn.kaoping.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** E9 异议: an officer of the file objects to its latest card; a reviewer of another unit decides. */
@Path("/api/v1/case-files/{id}/objection")
@Tag(name = "案卷 Case files")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ObjectionResource {

    private final CommandSender commands;
    private final CaseFilesQuery files;
    private final CaseFileAccess access;
    private final Caller caller;

    ObjectionResource(CommandSender commands, CaseFilesQuery files, CaseFileAccess access, Caller caller) {
        this.commands = commands;
        this.files = files;
        this.access = access;
        this.caller = caller;
    }

    @Schema(description = "异议 / An objection")
    public record Objection(@Schema(description = "理由 / reason") @Size(max = Limits.TEXT) String reason) {
    }

    /** Named Ruling, not Decision: classes named {@code *Decision} are the domain's pure decisions. */
    @Schema(description = "异议处理决定 / The decision on an objection")
    public record Ruling(
            @Schema(description = "UPHELD 成立 / REJECTED 不成立") ObjectionDecision decision,
            @Schema(description = "成立时撤销的问题编号 / findings withdrawn when upheld")
            @Size(max = Limits.FINDINGS) List<@Size(max = Limits.ID) String> withdrawnFindingIds,
            @Schema(description = "处理理由 / reasoning") @Size(max = Limits.TEXT) String reasoning) {
    }

    @POST
    @RolesAllowed(Roles.OFFICER)
    @Operation(operationId = "raiseObjection", summary = "提出异议 / Object to the latest card",
            description = "本案主办或协办民警，在异议期限内（默认 3 天），每张考评卡一次。 / The primary officer or a co-handler, "
                    + "within the objection period (3 days), once per card.")
    public CaseFileDetail object(@PathParam("id") String id, @Valid Objection objection) {
        String caseFileId = access.file(id).id();
        commands.send(new RaiseObjection(caseFileId, objection == null ? null : objection.reason(), caller.id(),
                commands.now()));
        return CaseFilesResource.detail(files, caseFileId);
    }

    @POST
    @Path("decision")
    @RolesAllowed(Roles.REVIEWER)
    @Operation(operationId = "decideObjection", summary = "处理异议 / Decide the pending objection",
            description = "考评员（非本单位）。成立时撤销所列问题并重新计分，不删除任何记录。 / A reviewer of another unit. Upheld: "
                    + "the named findings are withdrawn and the card recomputed; nothing is deleted.")
    public CaseFileDetail decide(@PathParam("id") String id, @Valid Ruling ruling) {
        String caseFileId = access.file(id).id();
        Ruling request = ruling == null ? new Ruling(null, null, null) : ruling;
        Lists.requireNoNulls("withdrawnFindingIds", request.withdrawnFindingIds());
        commands.send(new DecideObjection(caseFileId, request.decision(), request.withdrawnFindingIds(),
                request.reasoning(), caller.id(), caller.unitId(), commands.now()));
        return CaseFilesResource.detail(files, caseFileId);
    }
}
