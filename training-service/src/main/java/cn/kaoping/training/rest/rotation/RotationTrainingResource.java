package cn.kaoping.training.rest.rotation;

import cn.kaoping.domain.DomainException;
import cn.kaoping.runtime.time.Now;
import cn.kaoping.training.TrainingError;
import cn.kaoping.training.query.rotation.RotationQuery;
import cn.kaoping.training.rotation.RotationTraining;
import cn.kaoping.training.rotation.recording.RecordTraining;
import cn.kaoping.web.paging.Page;
import cn.kaoping.web.paging.Paging;
import cn.kaoping.web.request.Limits;
import cn.kaoping.web.request.QueryParams;
import cn.kaoping.web.security.AccessScope;
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
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** 轮训 (T4): records by the brigade or a unit's legal officer (his unit), and who is short of the yearly days. */
@Path("/api/v1/rotation-training")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class RotationTrainingResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final RotationTraining training;
    private final RotationQuery query;
    private final Caller caller;
    private final Now now;

    RotationTrainingResource(RotationTraining training, RotationQuery query, Caller caller, Now now) {
        this.training = training;
        this.query = query;
        this.caller = caller;
        this.now = now;
    }

    public record NewRecord(@Size(max = Limits.ID) String officerId, @Size(max = Limits.LABEL) String course,
                            LocalDate startsOn, LocalDate endsOn, BigDecimal days) {
    }

    public record Imported(int imported, List<RotationTraining.Record> records) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REVIEWER, Roles.UNIT_LEGAL_OFFICER})
    @Operation(operationId = "recordRotationTraining", summary = "登记轮训 / Record rotation training",
            description = "days: 计入的天数（可为半天），不超过起止日期的自然天数。 / Credited days, half days allowed.")
    public Response record(@Valid NewRecord body) {
        NewRecord r = body == null ? new NewRecord(null, null, null, null, null) : body;
        RotationTraining.Record record = training.record(new RecordTraining(r.officerId(), r.course(), r.startsOn(),
                r.endsOn(), r.days()), callerUnit(), caller.actor(), now.instant());
        return Response.created(URI.create("/api/v1/rotation-training?officerId=" + record.officerId()))
                .entity(record).build();
    }

    @POST
    @Path("import")
    @Consumes({XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({Roles.REVIEWER, Roles.UNIT_LEGAL_OFFICER})
    @Operation(operationId = "importRotationTraining", summary = "导入轮训表 (.xlsx) / Import a sheet",
            description = "表头：警号、课程、开始日期、结束日期、天数。任一行有误则整表不导入，并逐行报告。 / All or nothing.")
    public Response importSheet(byte[] sheet) {
        if (sheet != null && sheet.length > Limits.IMPORT_BYTES) {
            throw DomainException.invalidField(TrainingError.SHEET_TOO_LARGE, "file", Limits.IMPORT_BYTES / (1024 * 1024));
        }
        List<RotationTraining.Record> records = training.importSheet(
                new ByteArrayInputStream(sheet == null ? new byte[0] : sheet), callerUnit(), caller.actor(),
                now.instant());
        return Response.status(Response.Status.CREATED).entity(new Imported(records.size(), records)).build();
    }

    @GET
    @Operation(operationId = "listRotationTraining", summary = "轮训记录 / Records, by role and unit")
    public Page<RotationTraining.Record> list(@QueryParam("unitId") @Size(max = Limits.ID) String unitId,
                                              @QueryParam("officerId") @Size(max = Limits.ID) String officerId,
                                              @QueryParam("year") @Size(max = Limits.CODE) String year, @BeanParam @Valid Paging paging) {
        AccessScope scope = AccessScope.of(caller).narrow(blank(unitId), blank(officerId));
        Integer y = QueryParams.integer("year", year);
        return paging.page(query.records(scope.unitId(), scope.officerId(), y, paging.offset(), paging.limit()),
                () -> query.count(scope.unitId(), scope.officerId(), y));
    }

    @GET
    @Path("shortfall")
    @Operation(operationId = "rotationShortfall", summary = "轮训天数不足 / Officers short of the yearly days",
            description = "year 默认今年，asOf 默认今天（该年年末之前）。 / year defaults to this year, asOf to today.")
    public RotationQuery.Shortfall shortfall(@QueryParam("year") @Size(max = Limits.CODE) String year,
                                             @QueryParam("unitId") @Size(max = Limits.ID) String unitId,
                                             @QueryParam("asOf") @Size(max = Limits.CODE) String asOf) {
        return shortfallOf(year, unitId, asOf);
    }

    @GET
    @Path("shortfall/export")
    @Produces(XLSX)
    @RolesAllowed({Roles.REVIEWER, Roles.LEADERSHIP, Roles.ADMIN, Roles.UNIT_LEGAL_OFFICER})
    @Operation(operationId = "exportRotationShortfall", summary = "轮训不足名单 .xlsx / The shortfall list as .xlsx")
    public Response export(@QueryParam("year") @Size(max = Limits.CODE) String year,
                           @QueryParam("unitId") @Size(max = Limits.ID) String unitId,
                           @QueryParam("asOf") @Size(max = Limits.CODE) String asOf) {
        RotationQuery.Shortfall shortfall = shortfallOf(year, unitId, asOf);
        return Response.ok(ShortfallWorkbook.write(shortfall), XLSX)
                .header("Content-Disposition", "attachment; filename=\"rotation-shortfall-" + shortfall.year()
                        + ".xlsx\"")
                .build();
    }

    private RotationQuery.Shortfall shortfallOf(String year, String unitId, String asOf) {
        AccessScope scope = AccessScope.of(caller).narrow(blank(unitId), null);
        LocalDate today = now.today();
        Integer y = QueryParams.integer("year", year);
        int theYear = y == null ? today.getYear() : y;
        LocalDate day = QueryParams.date("asOf", asOf);
        if (day == null) {
            day = today.getYear() == theYear ? today : LocalDate.of(theYear, 12, 31);
        }
        return query.shortfall(theYear, day, scope.unitId(), scope.officerId());
    }

    /** A legal officer records for his own unit only; the brigade for any. */
    private String callerUnit() {
        return caller.seesAllUnits() ? null : caller.unitId() == null ? "" : caller.unitId();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
