package cn.kaoping.incentive.rest.schemes;

import cn.kaoping.domain.DomainException;
import cn.kaoping.incentive.IncentiveError;
import cn.kaoping.incentive.scheme.Scheme;
import cn.kaoping.incentive.scheme.SchemeJson;
import cn.kaoping.incentive.scheme.SchemeVersion;
import cn.kaoping.incentive.scheme.Schemes;
import cn.kaoping.incentive.scheme.publishing.PublishScheme;
import cn.kaoping.incentive.scheme.publishing.SchemePublisher;
import cn.kaoping.web.paging.Page;
import cn.kaoping.web.paging.Paging;
import cn.kaoping.web.request.Limits;
import cn.kaoping.web.request.QueryParams;
import cn.kaoping.web.security.Caller;
import cn.kaoping.web.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 绩效考核方案 (I1): the versions, the one in force on a day, and publication of a new version by an ADMIN. */
@Path("/api/v1/schemes")
@Tag(name = "绩效考核方案 Schemes")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class SchemesResource {

    private final Schemes schemes;
    private final SchemePublisher publisher;
    private final Caller caller;
    private final Clock clock;
    private final cn.kaoping.runtime.time.BureauSettings bureau;
    private final Validator validator;

    SchemesResource(Schemes schemes, SchemePublisher publisher, Caller caller, Clock clock,
                    cn.kaoping.runtime.time.BureauSettings bureau, Validator validator) {
        this.validator = validator;
        this.schemes = schemes;
        this.publisher = publisher;
        this.caller = caller;
        this.clock = clock;
        this.bureau = bureau;
    }

    @GET
    @Operation(operationId = "listSchemes", summary = "方案版本 / Scheme versions", description = "按生效日期倒序 / latest effective first")
    public Page<SchemeVersion> list(@BeanParam @Valid Paging paging) {
        return paging.page(schemes.page(paging.offset(), paging.limit()), schemes::count);
    }

    @GET
    @Path("in-force")
    @Operation(operationId = "schemeInForce", summary = "某日生效的方案 / The version in force on a day (today by default)")
    public SchemeVersion inForce(@QueryParam("on") @Size(max = Limits.CODE) String on) {
        LocalDate day = QueryParams.date("on", on);
        LocalDate date = day != null ? day : LocalDate.ofInstant(clock.instant(), bureau.timeZone());
        Scheme scheme = schemes.inForceOn(date)
                .orElseThrow(() -> DomainException.notFound(IncentiveError.NO_SCHEME_IN_FORCE, date));
        return schemes.find(scheme.versionId()).orElseThrow();
    }

    @GET
    @Path("{versionId}")
    @Operation(operationId = "getScheme", summary = "一个方案版本 / One version")
    public SchemeVersion get(@PathParam("versionId") String versionId) {
        return schemes.find(versionId)
                .orElseThrow(() -> DomainException.notFound(IncentiveError.SCHEME_NOT_FOUND, versionId));
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "publishScheme", summary = "发布方案版本 / Publish a scheme version",
            description = "仅管理员。严格校验：任何未知字段 400 并列出字段路径；使用禁用指标（罚没款数额、拘留数、发案数、破案率、退查率等）"
                    + "400 FORBIDDEN_INDICATOR；版本号或生效日期已存在 409。新版本不改变已批准的分配。 / ADMIN only. Strict: an unknown "
                    + "field anywhere is a 400 naming its path; a forbidden indicator is 400 FORBIDDEN_INDICATOR; an "
                    + "existing version id or effective date is 409. Approved allocations never change.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Scheme.class)))
    @APIResponse(responseCode = "201", description = "已发布 / published")
    @APIResponse(responseCode = "400", description = "校验失败 / invalid")
    @APIResponse(responseCode = "409", description = "版本已存在 / version exists")
    public Response publish(byte[] body) {
        Scheme scheme = SchemeJson.read(body);
        // The body is read strictly by hand (unknown fields), so its limits are checked here: 400 naming each field.
        Set<ConstraintViolation<Scheme>> violations = validator.validate(scheme);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        SchemeVersion published = publisher.publish(new PublishScheme(scheme, caller.id(), clock.instant()));
        return Response.created(URI.create("/api/v1/schemes/" + scheme.versionId())).entity(published).build();
    }
}
