package cn.kaoping.publicity.rest.bulletins;

import cn.kaoping.publicity.bulletin.Bulletin;
import cn.kaoping.publicity.bulletin.drafting.BulletinDrafting;
import cn.kaoping.publicity.bulletin.drafting.DraftBulletin;
import cn.kaoping.publicity.bulletin.drafting.EditBulletin;
import cn.kaoping.publicity.bulletin.publishing.BulletinPublisher;
import cn.kaoping.publicity.bulletin.publishing.PublishBulletin;
import cn.kaoping.publicity.query.bulletins.BulletinQueries;
import cn.kaoping.publicity.rest.MonthParam;
import cn.kaoping.runtime.time.BureauSettings;
import cn.kaoping.web.paging.Page;
import cn.kaoping.web.paging.Paging;
import cn.kaoping.web.problem.NotFoundException;
import cn.kaoping.web.request.Limits;
import cn.kaoping.web.security.Caller;
import cn.kaoping.web.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import java.time.Clock;
import java.time.YearMonth;

/** P3: bulletins (考评通报). Reviewers draft, edit and publish; every signed-in role reads published ones. */
@Path("/api/v1/bulletins")
@Produces(MediaType.APPLICATION_JSON)
public class BulletinResource {

    private final BulletinDrafting drafting;
    private final BulletinPublisher publisher;
    private final BulletinQueries bulletins;
    private final Caller caller;
    private final Clock clock;
    private final BureauSettings bureau;

    public BulletinResource(BulletinDrafting drafting, BulletinPublisher publisher, BulletinQueries bulletins,
                            Caller caller, Clock clock, BureauSettings bureau) {
        this.drafting = drafting;
        this.publisher = publisher;
        this.bulletins = bulletins;
        this.caller = caller;
        this.clock = clock;
        this.bureau = bureau;
    }

    /** Builds a draft for a month from the data: the units above the thresholds and their problems by item. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REVIEWER)
    public Response draft(@NotNull @Valid NewBulletin request) {
        Bulletin draft = drafting.draft(new DraftBulletin(YearMonth.parse(request.month()), request.title(),
                caller.actor(), clock.instant()));
        return Response.created(UriBuilder.fromPath("/api/v1/bulletins/{id}").build(draft.bulletinId()))
                .entity(draft).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REVIEWER)
    public Bulletin edit(@PathParam("id") String id, @NotNull @Valid BulletinText request) {
        return drafting.edit(new EditBulletin(id, request.title(), request.body(), caller.actor(), clock.instant()))
                .orElseThrow(() -> notFound(id));
    }

    /** Publishes a draft as the next issue (第N期) of the current year in the bureau's time zone. */
    @POST
    @Path("{id}/publication")
    @RolesAllowed(Roles.REVIEWER)
    public Bulletin publish(@PathParam("id") String id) {
        return publisher.publish(new PublishBulletin(id, caller.actor(), clock.instant(), bureau.timeZone()))
                .orElseThrow(() -> notFound(id));
    }

    /** Drafts are listed for reviewers only. */
    @GET
    @Authenticated
    public Page<Bulletin> list(@QueryParam("year") @Min(2000) @Max(2999) Integer year, @Valid @BeanParam Paging paging) {
        boolean drafts = caller.hasRole(Roles.REVIEWER);
        return paging.page(bulletins.list(drafts, year, paging.offset(), paging.limit()),
                () -> bulletins.count(drafts, year));
    }

    /** A draft is visible to reviewers only (404 for others). */
    @GET
    @Path("{id}")
    @Authenticated
    public Bulletin get(@PathParam("id") String id) {
        return bulletins.find(id)
                .filter(b -> b.isPublished() || caller.hasRole(Roles.REVIEWER))
                .orElseThrow(() -> notFound(id));
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("bulletin.notFound", id);
    }

    /** @param title optional; the default is "2017年5月执法质量考评通报" */
    public record NewBulletin(@NotNull @Pattern(regexp = MonthParam.PATTERN) String month,
                              @Size(max = Limits.NAME) String title) {
    }

    public record BulletinText(@NotBlank @Size(max = Limits.NAME) String title,
                               @NotBlank @Size(max = Limits.DOCUMENT) String body) {
    }
}
