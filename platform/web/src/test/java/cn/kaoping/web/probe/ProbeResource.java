package cn.kaoping.web.probe;

import cn.kaoping.web.paging.Paging;
import cn.kaoping.web.security.AccessScope;
import jakarta.ws.rs.BeanParam;
import cn.kaoping.web.problem.NotFoundException;
import cn.kaoping.web.security.Caller;
import cn.kaoping.web.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.List;
import java.util.Set;

/** Endpoints of a test application, one per kind of failure a Kaoping service meets. */
@Path("/probe")
@Produces(MediaType.APPLICATION_JSON)
public class ProbeResource {

    private final Caller caller;

    @Inject
    public ProbeResource(Caller caller) {
        this.caller = caller;
    }

    public record Finding(@NotBlank String itemCode, @Min(0) @Max(10) int points) {
    }

    public record Registration(@NotBlank String caseNumber, @Size(max = 2) List<@Valid Finding> findings) {
    }

    public record Who(String id, String name, String unitId, Set<String> roles) {
    }

    public enum Kind { PENALTY, LICENCE }

    public record Tagged(@NotBlank String code, String name, Kind kind, int count, boolean flag) {
    }

    public record PageSeen(int page, int size, int offset) {
    }

    @GET
    @Path("public")
    @PermitAll
    public String open() {
        return "ok";
    }

    @GET
    @Path("reviewer")
    @RolesAllowed(Roles.REVIEWER)
    public Who reviewer() {
        return who();
    }

    @GET
    @Path("units/{unitId}")
    @Authenticated
    public Who unit(@PathParam("unitId") String unitId) {
        AccessScope.of(caller).narrow(unitId, null);
        return who();
    }

    @POST
    @Path("registrations")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    public Registration register(@Valid Registration registration) {
        return registration;
    }

    @POST
    @Path("things")
    @PermitAll
    public Response create() {
        return Response.created(URI.create("/probe/things/7?version=1")).build();
    }

    @POST
    @Path("tagged")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    public Tagged tagged(@Valid Tagged tagged) {
        return tagged;
    }

    @GET
    @Path("paged")
    @PermitAll
    public PageSeen paged(@BeanParam Paging paging) {
        return new PageSeen(paging.page(), paging.size(), paging.offset());
    }

    @GET
    @Path("echo/{id}")
    @PermitAll
    public String echo(@PathParam("id") String id, @QueryParam("q") String q) {
        return id + "|" + q;
    }

    @GET
    @Path("page")
    @PermitAll
    public int page(@QueryParam("size") @DefaultValue("50") @Max(500) int size) {
        return size;
    }

    @GET
    @Path("missing/{id}")
    @PermitAll
    public String missing(@PathParam("id") String id) {
        throw new NotFoundException("probe.missing", id);
    }

    @GET
    @Path("boom")
    @PermitAll
    public String boom() {
        throw new IllegalStateException("jdbc password=secret");
    }

    private Who who() {
        return new Who(caller.id(), caller.name(), caller.unitId(), caller.roles());
    }
}
