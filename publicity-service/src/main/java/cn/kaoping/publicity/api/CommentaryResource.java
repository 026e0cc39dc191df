package cn.kaoping.publicity.api;

import cn.kaoping.publicity.commentary.Commentaries;
import cn.kaoping.publicity.commentary.Commentary;
import cn.kaoping.web.problem.NotFoundException;
import cn.kaoping.web.security.Caller;
import cn.kaoping.web.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

/** P4: case commentaries (案件点评). Reviewers write and publish; every signed-in role reads published ones. */
@Path("/api/v1/commentaries")
@Produces(MediaType.APPLICATION_JSON)
public class CommentaryResource {

    private final Commentaries commentaries;
    private final Caller caller;

    public CommentaryResource(Commentaries commentaries, Caller caller) {
        this.commentaries = commentaries;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REVIEWER)
    public Response create(@NotNull @Valid CommentaryText request) {
        Commentary draft = commentaries.create(request.caseFileId(), request.title(), request.body(), caller.actor());
        return Response.created(UriBuilder.fromPath("/api/v1/commentaries/{id}").build(draft.commentaryId()))
                .entity(draft).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REVIEWER)
    public Commentary edit(@PathParam("id") String id, @NotNull @Valid CommentaryEdit request) {
        return commentaries.edit(id, request.title(), request.body());
    }

    @POST
    @Path("{id}/publication")
    @RolesAllowed(Roles.REVIEWER)
    public Commentary publish(@PathParam("id") String id) {
        return commentaries.publish(id, caller.actor());
    }

    /** Paged; {@code published} counts every published commentary. */
    @GET
    @Authenticated
    public Commentaries.Page list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                  @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_SIZE) int size) {
        return commentaries.list(caller.hasRole(Roles.REVIEWER), page, size);
    }

    @GET
    @Path("{id}")
    @Authenticated
    public Commentary get(@PathParam("id") String id) {
        return commentaries.find(id)
                .filter(c -> c.isPublished() || caller.hasRole(Roles.REVIEWER))
                .orElseThrow(() -> new NotFoundException("commentary.notFound", id));
    }

    public record CommentaryText(@NotBlank @Size(max = 100) String caseFileId,
                                 @NotBlank @Size(max = 200) String title,
                                 @NotBlank @Size(max = 20000) String body) {
    }

    public record CommentaryEdit(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 20000) String body) {
    }
}
