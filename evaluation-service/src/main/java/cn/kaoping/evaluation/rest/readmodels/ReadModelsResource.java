package cn.kaoping.evaluation.rest.readmodels;

import cn.kaoping.evaluation.infrastructure.readmodels.ReadModelRebuild;
import cn.kaoping.evaluation.infrastructure.readmodels.RebuildReport;
import cn.kaoping.web.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 读模型: operating the read models that the GET endpoints answer from. */
@Path("/api/v1/read-models")
@Tag(name = "读模型 Read models")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ReadModelsResource {

    private final ReadModelRebuild rebuild;

    ReadModelsResource(ReadModelRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @POST
    @Path("rebuild")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "rebuildReadModels", summary = "由事件重建读模型 / Rebuild the read models from the event store",
            description = "仅管理员。在一个事务中清空读模型表（单位、民警、细则版本、案卷、考评卡、历史、统计、期限），按顺序重放"
                    + "事件存储中的全部事件；期间提交的命令等待重建完成。用于修正读模型的缺陷之后。 / ADMIN only. In one "
                    + "transaction, empties the read-model tables and replays every event of the store in order; "
                    + "commands wait meanwhile. For use after a fix in a read model.")
    @APIResponse(responseCode = "200", description = "已重建 / rebuilt")
    public RebuildReport rebuild() {
        return rebuild.rebuild();
    }
}
