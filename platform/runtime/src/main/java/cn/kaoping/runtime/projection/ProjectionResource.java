package cn.kaoping.runtime.projection;

import cn.kaoping.web.problem.NotFoundException;
import cn.kaoping.web.problem.ProblemException;
import cn.kaoping.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

/**
 * Operating the projection of a service (API.md {@code /api/v1/projections}): its status, and a rebuild from the
 * beginning of its topics. 404 in a service without a projection.
 */
@Path("/api/v1/projections")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
@Tag(name = "投影 Projections", description = "投影（读模型）运维 / Operating the projection")
public class ProjectionResource {

    private static final Logger LOG = Logger.getLogger(ProjectionResource.class);

    private final ProjectionHost host;

    ProjectionResource(ProjectionHost host) {
        this.host = host;
    }

    @GET
    @Operation(operationId = "projectionStatus", summary = "投影状态 / Projection status")
    public ProjectionStatus status() {
        requireHosting();
        return host.status()
                .map(s -> new ProjectionStatus(s.consumerName(), s.running(), s.kafkaReachable(), s.lag(),
                        s.lastError(), host.deadLetterTopic()))
                .orElseGet(() -> new ProjectionStatus(host.consumerName(), false, false, -1, null,
                        host.deadLetterTopic()));
    }

    /**
     * Clears the projection's tables and replays its topics; answers 202 once the replay has begun (figures fill
     * up again as it catches up; the service's own decisions and outbox are not touched).
     */
    @POST
    @Path("rebuild")
    @Operation(operationId = "rebuildProjection", summary = "重建投影 / Rebuild the projection from its topics")
    public Response rebuild() {
        requireHosting();
        try {
            host.rebuild().get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProblemException(503, "SERVICE_UNAVAILABLE", null);
        } catch (ExecutionException | TimeoutException e) {
            LOG.warnf("Rebuild of %s failed: %s", host.consumerName(), e.toString());
            throw new ProblemException(503, "SERVICE_UNAVAILABLE", null);
        }
        LOG.infof("Projection %s rebuild started", host.consumerName());
        return Response.accepted(status()).build();
    }

    private void requireHosting() {
        if (!host.isHosting()) {
            throw new NotFoundException("projection.none");
        }
    }

    /** What an operator sees of the projection. */
    public record ProjectionStatus(String consumer, boolean running, boolean kafkaReachable, long lag,
                                   String lastError, String deadLetterTopic) {
    }
}
