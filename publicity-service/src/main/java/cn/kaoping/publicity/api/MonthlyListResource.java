package cn.kaoping.publicity.api;

import cn.kaoping.publicity.list.ListWorkbook;
import cn.kaoping.publicity.list.MonthlyList;
import cn.kaoping.publicity.list.MonthlyLists;
import cn.kaoping.web.security.Caller;
import cn.kaoping.web.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
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
import java.time.YearMonth;

/** P1, P2: the monthly lists (live and published versions), their publication and their export. */
@Path("/api/v1/monthly-lists/{month}")
@Produces(MediaType.APPLICATION_JSON)
public class MonthlyListResource {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final MonthlyLists lists;
    private final Caller caller;

    public MonthlyListResource(MonthlyLists lists, Caller caller) {
        this.lists = lists;
        this.caller = caller;
    }

    /** The live list, or a published version with {@code version}; by role and unit. */
    @GET
    @Authenticated
    public MonthlyListResponse get(@PathParam("month") @Pattern(regexp = MonthParam.PATTERN) String month,
                                   @QueryParam("unitId") String unitId,
                                   @QueryParam("version") @Min(1) Integer version,
                                   @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                   @QueryParam("size") @DefaultValue(Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_SIZE) int size) {
        YearMonth ym = YearMonth.parse(month);
        caller.requireAuthenticated();
        MonthlyList list = lists.liveOrVersion(ym, version);
        MonthlyList visible = ListAccess.restrict(list, caller, blankToNull(unitId));
        return MonthlyListResponse.of(visible, lists.latestVersion(ym).orElse(null), page, size);
    }

    /** Freezes the live list as the month's next version and announces it (and its red cards) on Kafka. */
    @POST
    @Path("publication")
    @RolesAllowed(Roles.REVIEWER)
    public Response publish(@PathParam("month") @Pattern(regexp = MonthParam.PATTERN) String month) {
        YearMonth ym = YearMonth.parse(month);
        MonthlyList published = lists.publish(ym, caller.actor());
        return Response.created(UriBuilder.fromPath("/api/v1/monthly-lists/{month}")
                        .queryParam("version", published.version()).build(month))
                .entity(MonthlyListResponse.of(published, published.version(), 0, Paging.MAX_SIZE))
                .build();
    }

    /** The list as a spreadsheet: sheets 民警 and 单位 (live, or the given version). */
    @GET
    @Path("export")
    @Produces(XLSX)
    @RolesAllowed({Roles.REVIEWER, Roles.LEADERSHIP, Roles.UNIT_LEGAL_OFFICER})
    public Response export(@PathParam("month") @Pattern(regexp = MonthParam.PATTERN) String month,
                           @QueryParam("unitId") String unitId,
                           @QueryParam("version") @Min(1) Integer version) {
        YearMonth ym = YearMonth.parse(month);
        MonthlyList list = ListAccess.restrict(lists.liveOrVersion(ym, version), caller, blankToNull(unitId));
        String name = "执法清单-" + month + (list.isPublished() ? "-第" + list.version() + "版" : "-实时") + ".xlsx";
        String ascii = "monthly-list-" + month + (list.isPublished() ? "-v" + list.version() : "-live") + ".xlsx";
        return Response.ok(ListWorkbook.write(list), XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
