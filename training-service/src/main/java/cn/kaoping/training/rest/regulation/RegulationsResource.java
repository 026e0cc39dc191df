package cn.kaoping.training.rest.regulation;

import cn.kaoping.runtime.time.BureauSettings;
import cn.kaoping.training.regulation.Regulation;
import cn.kaoping.training.regulation.Regulations;
import cn.kaoping.training.regulation.entering.EnterRegulation;
import cn.kaoping.web.paging.Page;
import cn.kaoping.web.paging.Paging;
import cn.kaoping.web.problem.ValidationException;
import cn.kaoping.web.request.Limits;
import cn.kaoping.web.security.Caller;
import cn.kaoping.web.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** 法规库: REVIEWER and ADMIN enter documents; everyone reads them. */
@Path("/api/v1/regulations")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class RegulationsResource {

    private final Regulations regulations;
    private final Caller caller;
    private final Clock clock;
    private final BureauSettings bureau;

    RegulationsResource(Regulations regulations, Caller caller, Clock clock, BureauSettings bureau) {
        this.regulations = regulations;
        this.caller = caller;
        this.clock = clock;
        this.bureau = bureau;
    }

    public record NewRegulation(@Size(max = Limits.NAME) String title, @Size(max = Limits.LABEL) String documentNumber,
                                @Size(max = Limits.NAME) String issuer, @Size(max = Limits.CODE) String kind,
                                LocalDate promulgatedOn, LocalDate effectiveOn,
                                @Size(max = Limits.TEXT) String summary) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN})
    @Operation(operationId = "enterRegulation", summary = "录入法规 / Enter a regulation",
            description = "文号唯一，重复为 409 DUPLICATE_DOCUMENT_NUMBER。 / A document number in use is a 409.")
    public Response enter(@Valid NewRegulation body) {
        NewRegulation r = body == null ? new NewRegulation(null, null, null, null, null, null, null) : body;
        Regulation entered = regulations.enter(new EnterRegulation(UUID.randomUUID().toString(), r.title(),
                r.documentNumber(), r.issuer(), r.kind(), r.promulgatedOn(), r.effectiveOn(), r.summary(),
                caller.id(), clock.instant()));
        return Response.created(URI.create("/api/v1/regulations/" + entered.id())).entity(entered).build();
    }

    @GET
    @Operation(operationId = "listRegulations", summary = "法规库 / The registry",
            description = "enteredAfter: 时间点（ISO 8601）或日期（该日之后录入的）。 / An instant, or a date (entered on a later day).")
    public Page<Regulation> list(
            @Parameter(description = "2026-11-01 or 2026-11-01T08:00:00Z") @QueryParam("enteredAfter") @Size(max = Limits.CODE) String enteredAfter,
            @BeanParam @Valid Paging paging) {
        Instant after = instant("enteredAfter", enteredAfter);
        return paging.page(regulations.enteredAfter(after, paging.offset(), paging.limit()),
                () -> regulations.countEnteredAfter(after));
    }

    private Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            try {
                // entered after a day: from the start of the next day, in the bureau's zone (strictly after the
                // instant just before it)
                return LocalDate.parse(value.strip()).plusDays(1).atStartOfDay(bureau.timeZone()).toInstant()
                        .minusNanos(1000);
            } catch (DateTimeParseException notADate) {
                throw ValidationException.field(name, "query.notADate", value);
            }
        }
    }
}
