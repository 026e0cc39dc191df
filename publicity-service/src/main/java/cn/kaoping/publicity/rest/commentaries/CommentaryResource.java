package cn.kaoping.publicity.rest.commentaries;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import cn.kaoping.publicity.commentary.Commentary;
import cn.kaoping.publicity.commentary.publishing.CommentaryPublisher;
import cn.kaoping.publicity.commentary.publishing.PublishCommentary;
import cn.kaoping.publicity.commentary.writing.CommentaryWriting;
import cn.kaoping.publicity.commentary.writing.EditCommentary;
import cn.kaoping.publicity.commentary.writing.WriteCommentary;
import cn.kaoping.publicity.query.commentaries.CommentaryQueries;
import cn.kaoping.web.paging.Paging;
import cn.kaoping.web.problem.NotFoundException;
import cn.kaoping.web.request.Limits;
import cn.kaoping.web.security.Caller;
import cn.kaoping.web.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
import jakarta.ws.rs.core.UriBuilder;
import java.time.Clock;
import java.util.List;

/** P4: case commentaries (案件点评). Reviewers write and publish; every signed-in role reads published ones. */
@Tag(name = "案件点评 Commentaries")
@Path("/api/v1/commentaries")
@Produces(MediaType.APPLICATION_JSON)
public class CommentaryResource {

    private final CommentaryWriting writing;
    private final CommentaryPublisher publisher;
    private final CommentaryQueries commentaries;
    private final Caller caller;
    private final Clock clock;

    public CommentaryResource(CommentaryWriting writing, CommentaryPublisher publisher, CommentaryQueries commentaries,
                              Caller caller, Clock clock) {
        this.writing = writing;
        this.publisher = publisher;
        this.commentaries = commentaries;
        this.caller = caller;
        this.clock = clock;
    }

    @Operation(operationId = "draftCommentary", summary = "起草案件点评 / Draft a case commentary",
            description = "针对一份已考评的案卷起草点评。仅 REVIEWER。 / Drafts a commentary on a reviewed case file.")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REVIEWER)
    public Response create(@NotNull @Valid CommentaryText request) {
        Commentary draft = writing.write(new WriteCommentary(request.caseFileId(), request.title(), request.body(),
                caller.actor(), clock.instant()));
        return Response.created(UriBuilder.fromPath("/api/v1/commentaries/{id}").build(draft.commentaryId()))
                .entity(draft).build();
    }

    @Operation(operationId = "editCommentary", summary = "修改点评草稿 / Edit a draft commentary",
            description = "已发布的点评不可修改（409）。 / A published commentary cannot be edited (409).")
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REVIEWER)
    public Commentary edit(@PathParam("id") String id, @NotNull @Valid CommentaryEdit request) {
        return writing.edit(new EditCommentary(id, request.title(), request.body(), caller.actor(), clock.instant()))
                .orElseThrow(() -> notFound(id));
    }

    @Operation(operationId = "publishCommentary", summary = "发布点评 / Publish a commentary",
            description = "发布并在 Kafka 上公告；已发布时 409。 / Publishes and announces it on Kafka; 409 when already published.")
    @POST
    @Path("{id}/publication")
    @RolesAllowed(Roles.REVIEWER)
    public Commentary publish(@PathParam("id") String id) {
        return publisher.publish(new PublishCommentary(id, caller.actor(), clock.instant()))
                .orElseThrow(() -> notFound(id));
    }

    /** Paged; {@code published} counts every published commentary. */
    @Operation(operationId = "listCommentaries", summary = "点评列表 / List commentaries",
            description = "分页；published 为已发布总数。 / Paged; published counts every published commentary.")
    @GET
    @Authenticated
    public CommentaryPage list(@Valid @BeanParam Paging paging) {
        boolean drafts = caller.hasRole(Roles.REVIEWER);
        return new CommentaryPage(commentaries.list(drafts, paging.offset(), paging.limit()), paging.page(),
                paging.size(), commentaries.count(drafts), commentaries.published());
    }

    @Operation(operationId = "getCommentary", summary = "查看点评 / Get a commentary",
            description = "草稿仅 REVIEWER 可见，其他角色 404。 / A draft is visible to reviewers only (404 for others).")
    @GET
    @Path("{id}")
    @Authenticated
    public Commentary get(@PathParam("id") String id) {
        return commentaries.find(id)
                .filter(c -> c.isPublished() || caller.hasRole(Roles.REVIEWER))
                .orElseThrow(() -> notFound(id));
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("commentary.notFound", id);
    }

    /** A page of commentaries; {@code published}: how many are published in all (P4: counted). */
    public record CommentaryPage(List<Commentary> items, int page, int size, long total, long published) {
    }

    public record CommentaryText(@NotBlank @Size(max = Limits.ID) String caseFileId,
                                 @NotBlank @Size(max = Limits.NAME) String title,
                                 @NotBlank @Size(max = Limits.DOCUMENT) String body) {
    }

    public record CommentaryEdit(@NotBlank @Size(max = Limits.NAME) String title,
                                 @NotBlank @Size(max = Limits.DOCUMENT) String body) {
    }
}
