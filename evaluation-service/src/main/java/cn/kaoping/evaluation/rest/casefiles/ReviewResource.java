package cn.kaoping.evaluation.rest.casefiles;

import cn.kaoping.evaluation.casefile.reviewing.ReviewCaseFile;
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

/** E4/E6 考评: a brigade reviewer of another unit fills the card of round one, or of round two. */
@Path("/api/v1/case-files/{id}/reviews")
@Tag(name = "案卷 Case files")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewResource {

    private final CommandSender commands;
    private final CaseFilesQuery files;
    private final CaseFileAccess access;
    private final Caller caller;

    ReviewResource(CommandSender commands, CaseFilesQuery files, CaseFileAccess access, Caller caller) {
        this.commands = commands;
        this.files = files;
        this.access = access;
        this.caller = caller;
    }

    @Schema(description = "考评：本次发现的问题；第二次考评时逐项标明第一次的问题已整改或未整改 / A review: the findings, and in "
            + "round two every round-one finding marked rectified or unrectified")
    public record Review(
            @Size(max = Limits.FINDINGS) List<@Valid FindingEntry> findings,
            @Schema(description = "第二次考评：已整改的问题编号（如 R1-1） / round two: rectified finding ids")
            @Size(max = Limits.FINDINGS) List<@Size(max = Limits.ID) String> rectifiedFindingIds,
            @Schema(description = "第二次考评：未整改的问题编号（加倍扣分） / round two: unrectified finding ids (double)")
            @Size(max = Limits.FINDINGS) List<@Size(max = Limits.ID) String> unrectifiedFindingIds) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REVIEWER)
    @Operation(operationId = "reviewCaseFile", summary = "考评 / Review",
            description = "法制大队考评员，不得考评本单位案卷（403 REVIEWER_OF_OWN_UNIT）。第一次考评无问题即结束；有问题须在整改期限内二次送评。"
                    + "未送评 409 CASE_FILE_NOT_SUBMITTED。 / A reviewer, never of the file's unit. Round one without "
                    + "findings closes the evaluation; with findings the file must be rectified and resubmitted. Before "
                    + "submission: 409.")
    public CaseFileDetail review(@PathParam("id") String id, @Valid Review review) {
        String caseFileId = access.file(id).id();
        Review request = review == null ? new Review(null, null, null) : review;
        Lists.requireNoNulls("findings", request.findings());
        Lists.requireNoNulls("rectifiedFindingIds", request.rectifiedFindingIds());
        Lists.requireNoNulls("unrectifiedFindingIds", request.unrectifiedFindingIds());
        commands.send(new ReviewCaseFile(caseFileId, FindingEntry.inputs(request.findings()),
                request.rectifiedFindingIds(), request.unrectifiedFindingIds(), caller.id(), caller.unitId(),
                commands.now()));
        return CaseFilesResource.detail(files, caseFileId);
    }
}
