package cn.kaoping.publicity.rest.bulletins;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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
@Tag(name = "考评通报 Bulletins")
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
    @Operation(operationId = "draftBulletin", summary = "起草考评通报 / Draft a bulletin",
            description = "法制大队按月份从数据起草通报：超过阈值的单位及其按细则条目的问题。仅 REVIEWER。 / Builds a draft for a month from the data: the units above the thresholds and their problems by rulebook item.")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REVIEWER)
    public Response draft(@NotNull @Valid NewBulletin request) {
        Bulletin draft = drafting.draft(new DraftBulletin(YearMonth.parse(request.month()), request.title(),
                caller.actor(), clock.instant()));
        return Response.created(UriBuilder.fromPath("/api/v1/bulletins/{id}").build(draft.bulletinId()))
                .entity(draft).build();
    }

    @Operation(operationId = "editBulletin", summary = "修改通报草稿 / Edit a draft bulletin",
            description = "已发布的通报不可修改（409）。 / A published bulletin cannot be edited (409).")
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REVIEWER)
    public Bulletin edit(@PathParam("id") String id, @NotNull @Valid BulletinText request) {
        return drafting.edit(new EditBulletin(id, request.title(), request.body(), caller.actor(), clock.instant()))
                .orElseThrow(() -> notFound(id));
    }

    /** Publishes a draft as the next issue (第N期) of the current year in the bureau's time zone. */
    @Operation(operationId = "publishBulletin", summary = "发布通报 / Publish a bulletin",
            description = "以本年下一期（第N期）发布草稿并在 Kafka 上公告；已发布时 409。 / Publishes the draft as the year's next issue and announces it on Kafka; 409 when already published.")
    @POST
    @Path("{id}/publication")
    @RolesAllowed(Roles.REVIEWER)
    public Bulletin publish(@PathParam("id") String id) {
        return publisher.publish(new PublishBulletin(id, caller.actor(), clock.instant(), bureau.timeZone()))
                .orElseThrow(() -> notFound(id));
    }

    /** Drafts are listed for reviewers only. */
    @Operation(operationId = "listBulletins", summary = "通报列表 / List bulletins",
            description = "已发布的通报对所有登录角色可见，草稿仅 REVIEWER 可见；可按年份筛选，分页。 / Published bulletins for every signed-in role, drafts for reviewers only; by year, paged.")
    @GET
    @Authenticated
    public Page<Bulletin> list(@QueryParam("year") @Min(2000) @Max(2999) Integer year, @Valid @BeanParam Paging paging) {
        boolean drafts = caller.hasRole(Roles.REVIEWER);
        return paging.page(bulletins.list(drafts, year, paging.offset(), paging.limit()),
                () -> bulletins.count(drafts, year));
    }

    /** A draft is visible to reviewers only (404 for others). */
    @Operation(operationId = "getBulletin", summary = "查看通报 / Get a bulletin",
            description = "草稿仅 REVIEWER 可见，其他角色 404。 / A draft is visible to reviewers only (404 for others).")
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
