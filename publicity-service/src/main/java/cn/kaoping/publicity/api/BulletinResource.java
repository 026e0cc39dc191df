package cn.kaoping.publicity.api;

import cn.kaoping.publicity.bulletin.Bulletin;
import cn.kaoping.publicity.bulletin.Bulletins;
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
import jakarta.validation.constraints.Pattern;
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
import java.time.YearMonth;

/** P3: bulletins (考评通报). Reviewers draft, edit and publish; every signed-in role reads published ones. */
@Path("/api/v1/bulletins")
@Produces(MediaType.APPLICATION_JSON)
public class BulletinResource {

    private final Bulletins bulletins;
    private final Caller caller;

    public BulletinResource(Bulletins bulletins, Caller caller) {
        this.bulletins = bulletins;
        this.caller = caller;
    }

    /** Builds a draft for a month from the data: the units above the thresholds and their problems by item. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REVIEWER)
    public Response draft(@NotNull @Valid NewBulletin request) {
        Bulletin draft = bulletins.draft(YearMonth.parse(request.month()), request.title(), caller.actor());
        return Response.created(UriBuilder.fromPath("/api/v1/bulletins/{id}").build(draft.bulletinId()))
                .entity(draft).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REVIEWER)
    public Bulletin edit(@PathParam("id") String id, @NotNull @Valid BulletinText request) {
        return bulletins.edit(id, request.title(), request.body());
    }

    @POST
    @Path("{id}/publication")
    @RolesAllowed(Roles.REVIEWER)
    public Bulletin publish(@PathParam("id") String id) {
        return bulletins.publish(id, caller.actor());
    }

    @GET
    @Authenticated
    public Bulletins.Page list(@QueryParam("year") @Min(2000) @Max(2999) Integer year,
                               @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                               @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_SIZE) int size) {
        return bulletins.list(caller.hasRole(Roles.REVIEWER), year, page, size);
    }

    /** A draft is visible to reviewers only (404 for others). */
    @GET
    @Path("{id}")
    @Authenticated
    public Bulletin get(@PathParam("id") String id) {
        return bulletins.find(id)
                .filter(b -> b.isPublished() || caller.hasRole(Roles.REVIEWER))
                .orElseThrow(() -> new NotFoundException("bulletin.notFound", id));
    }

    /** @param title optional; the default is "2017年5月执法质量考评通报" */
    public record NewBulletin(@NotNull @Pattern(regexp = MonthParam.PATTERN) String month,
                              @Size(max = 200) String title) {
    }

    public record BulletinText(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 20000) String body) {
    }
}
