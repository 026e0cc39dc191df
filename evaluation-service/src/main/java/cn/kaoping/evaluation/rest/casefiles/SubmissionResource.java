package cn.kaoping.evaluation.rest.casefiles;

import cn.kaoping.evaluation.casefile.submitting.SubmitCaseFile;
import cn.kaoping.evaluation.query.casefiles.CaseFilesQuery;
import cn.kaoping.evaluation.rest.CommandSender;
import cn.kaoping.web.security.Caller;
import cn.kaoping.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** E2/E3/E6 送评: the unit submits the file to the legal brigade, or resubmits it after rectification. */
@Path("/api/v1/case-files/{id}/submission")
@Tag(name = "案卷 Case files")
@Produces(MediaType.APPLICATION_JSON)
public class SubmissionResource {

    private final CommandSender commands;
    private final CaseFilesQuery files;
    private final CaseFileAccess access;
    private final Caller caller;

    SubmissionResource(CommandSender commands, CaseFilesQuery files, CaseFileAccess access, Caller caller) {
        this.commands = commands;
        this.files = files;
        this.access = access;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.UNIT_LEGAL_OFFICER)
    @Operation(operationId = "submitCaseFile", summary = "送评或二次送评 / Submit, or resubmit after rectification",
            description = "本单位法制员。期限后送评扣超期送评分（每开始一周 1 分，最多 5 分），未经初评扣 2 分；整改期限过后不能二次送评（409）。"
                    + " / The unit's legal officer. Late: 1 point per started week, at most 5; without pre-review: 2 "
                    + "points; resubmission after the rectification deadline: 409.")
    public CaseFileDetail submit(@PathParam("id") String id) {
        String caseFileId = access.ofOwnUnit(id).id();
        commands.send(new SubmitCaseFile(caseFileId, caller.id(), commands.now()));
        return CaseFilesResource.detail(files, caseFileId);
    }
}
