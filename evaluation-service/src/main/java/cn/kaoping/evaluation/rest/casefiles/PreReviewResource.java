package cn.kaoping.evaluation.rest.casefiles;

import cn.kaoping.evaluation.casefile.prereviewing.PreReviewCaseFile;
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

/** E2 初评: the unit's legal officer records the findings of a pre-review, until the file is submitted. */
@Path("/api/v1/case-files/{id}/pre-review")
@Tag(name = "案卷 Case files")
@Produces(MediaType.APPLICATION_JSON)
public class PreReviewResource {

    private final CommandSender commands;
    private final CaseFilesQuery files;
    private final CaseFileAccess access;
    private final Caller caller;

    PreReviewResource(CommandSender commands, CaseFilesQuery files, CaseFileAccess access, Caller caller) {
        this.commands = commands;
        this.files = files;
        this.access = access;
        this.caller = caller;
    }

    @Schema(description = "初评记录的问题 / The findings of a pre-review")
    public record PreReview(@Size(max = Limits.FINDINGS) List<@Valid FindingEntry> findings) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.UNIT_LEGAL_OFFICER)
    @Operation(operationId = "preReviewCaseFile", summary = "法制员初评 / Pre-review",
            description = "本单位法制员，送评前可多次初评；初评不计分。条目未知、扣分为负或超过上限、缺少说明时 400；已送评 409。"
                    + " / The unit's legal officer, before submission (repeatable, not scored). Unknown item, negative "
                    + "points or above the maximum, a missing note: 400; already submitted: 409.")
    public CaseFileDetail preReview(@PathParam("id") String id, @Valid PreReview preReview) {
        String caseFileId = access.ofOwnUnit(id).id();
        List<FindingEntry> findings = preReview == null ? null : preReview.findings();
        Lists.requireNoNulls("findings", findings);
        commands.send(new PreReviewCaseFile(caseFileId, FindingEntry.inputs(findings), caller.id(), commands.now()));
        return CaseFilesResource.detail(files, caseFileId);
    }
}
