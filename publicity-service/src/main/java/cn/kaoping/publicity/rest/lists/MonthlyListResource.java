package cn.kaoping.publicity.rest.lists;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import cn.kaoping.publicity.list.MonthlyList;
import cn.kaoping.publicity.list.publishing.MonthlyListPublisher;
import cn.kaoping.publicity.list.publishing.PublishMonthlyList;
import cn.kaoping.publicity.query.lists.ListSlice;
import cn.kaoping.publicity.query.lists.MonthlyListQueries;
import cn.kaoping.publicity.rest.MonthParam;
import cn.kaoping.web.paging.Paging;
import cn.kaoping.web.problem.NotFoundException;
import cn.kaoping.web.request.Limits;
import cn.kaoping.web.security.AccessScope;
import cn.kaoping.web.security.Caller;
import cn.kaoping.web.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;

/** P1, P2: the monthly lists (live and published versions), their publication and their export. */
@Tag(name = "月度清单 Monthly lists")
@Path("/api/v1/monthly-lists/{month}")
@Produces(MediaType.APPLICATION_JSON)
public class MonthlyListResource {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final MonthlyListQueries lists;
    private final MonthlyListPublisher publisher;
    private final Caller caller;
    private final Clock clock;

    public MonthlyListResource(MonthlyListQueries lists, MonthlyListPublisher publisher, Caller caller, Clock clock) {
        this.lists = lists;
        this.publisher = publisher;
        this.caller = caller;
        this.clock = clock;
    }

    /** The live list, or a published version with {@code version}; by role and unit. */
    @Operation(operationId = "getMonthlyList", summary = "月度执法清单 / The monthly list",
            description = "实时清单，或以 version 指定的已发布版本；按角色与单位限定（民警只见本人）。 / The live list or a published version; by role and unit (an officer sees his own line).")
    @GET
    @Authenticated
    public MonthlyListResponse get(@PathParam("month") @Pattern(regexp = MonthParam.PATTERN) String month,
                                   @QueryParam("unitId") @Size(max = Limits.ID) String unitId,
                                   @QueryParam("version") @Min(1) Integer version,
                                   @Valid @BeanParam Paging paging) {
        YearMonth ym = YearMonth.parse(month);
        AccessScope scope = ListScope.of(caller, unitId);
        ListSlice slice = lists.slice(ym, version, scope.unitId(), scope.officerId(), paging.offset(), paging.limit())
                .orElseThrow(() -> versionNotFound(ym, version));
        return MonthlyListResponse.of(slice, lists.latestVersion(ym).orElse(null), paging.page(), paging.size());
    }

    /** Freezes the live list as the month's next version and announces it (and its red cards) on Kafka. */
    @Operation(operationId = "publishMonthlyList", summary = "发布月度清单 / Publish the monthly list",
            description = "把实时清单冻结为该月下一版本，并在 Kafka 上公告清单与红牌。 / Freezes the live list as the month's next version and announces it and its red cards on Kafka.")
    @POST
    @Path("publication")
    @RolesAllowed(Roles.REVIEWER)
    public Response publish(@PathParam("month") @Pattern(regexp = MonthParam.PATTERN) String month) {
        MonthlyList published = publisher.publish(new PublishMonthlyList(YearMonth.parse(month), caller.actor(),
                clock.instant()));
        return Response.created(UriBuilder.fromPath("/api/v1/monthly-lists/{month}")
                        .queryParam("version", published.version()).build(month))
                .entity(MonthlyListResponse.whole(published))
                .build();
    }

    /** The list as a spreadsheet: sheets 民警 and 单位 (live, or the given version). */
    @Operation(operationId = "exportMonthlyList", summary = "导出月度清单 / Export the monthly list",
            description = ".xlsx，工作表「民警」「单位」（实时或指定版本）。 / A spreadsheet with the sheets 民警 and 单位 (live or the given version).")
    @GET
    @Path("export")
    @Produces(XLSX)
    @RolesAllowed({Roles.REVIEWER, Roles.LEADERSHIP, Roles.UNIT_LEGAL_OFFICER})
    public Response export(@PathParam("month") @Pattern(regexp = MonthParam.PATTERN) String month,
                           @QueryParam("unitId") @Size(max = Limits.ID) String unitId,
                           @QueryParam("version") @Min(1) Integer version) {
        YearMonth ym = YearMonth.parse(month);
        AccessScope scope = ListScope.of(caller, unitId);
        MonthlyList list = lists.whole(ym, version, scope.unitId(), scope.officerId())
                .orElseThrow(() -> versionNotFound(ym, version));
        String name = "执法清单-" + month + (list.isPublished() ? "-第" + list.version() + "版" : "-实时") + ".xlsx";
        String ascii = "monthly-list-" + month + (list.isPublished() ? "-v" + list.version() : "-live") + ".xlsx";
        return Response.ok(ListWorkbook.write(list), XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }

    static NotFoundException versionNotFound(YearMonth month, Integer version) {
        return new NotFoundException("monthlyList.versionNotFound", month.toString(), version);
    }
}
