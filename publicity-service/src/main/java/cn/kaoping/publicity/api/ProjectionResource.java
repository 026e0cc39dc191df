package cn.kaoping.publicity.api;

import cn.kaoping.kafka.ProjectionRunner;
import cn.kaoping.publicity.projection.ProjectionFeed;
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
import org.jboss.logging.Logger;

/** Operating the projection: its status, and a rebuild from the beginning of the evaluation topic. */
@Path("/api/v1/projections")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
public class ProjectionResource {

    private static final Logger LOG = Logger.getLogger(ProjectionResource.class);

    private final ProjectionFeed feed;

    public ProjectionResource(ProjectionFeed feed) {
        this.feed = feed;
    }

    @GET
    public Status status() {
        ProjectionRunner.Status status = feed.status();
        if (status == null) {
            return new Status(feed.consumerName(), false, false, -1, null, feed.deadLetterTopic());
        }
        return new Status(status.consumerName(), status.running(), status.kafkaReachable(), status.lag(),
                status.lastError(), feed.deadLetterTopic());
    }

    /**
     * Clears the read model and replays the evaluation topic; answers 202 once the replay has begun (lists
     * fill up again as it catches up; published versions, bulletins and commentaries are not touched).
     */
    @POST
    @Path("rebuild")
    public Response rebuild() {
        try {
            feed.rebuild().get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProblemException(503, "SERVICE_UNAVAILABLE", null);
        } catch (ExecutionException | TimeoutException e) {
            LOG.warnf("Rebuild of %s failed: %s", feed.consumerName(), e.toString());
            throw new ProblemException(503, "SERVICE_UNAVAILABLE", null);
        }
        LOG.infof("Projection %s rebuild started", feed.consumerName());
        return Response.accepted(status()).build();
    }

    public record Status(String consumer, boolean running, boolean kafkaReachable, long lag, String lastError,
                         String deadLetterTopic) {
    }
}
