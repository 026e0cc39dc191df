package cn.kaoping.evaluation.rest.statistics;

import cn.kaoping.evaluation.query.statistics.Statistics;
import cn.kaoping.evaluation.query.statistics.StatisticsQuery;
import cn.kaoping.web.problem.ValidationException;
import cn.kaoping.web.request.QueryParams;
import cn.kaoping.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** E8 考评统计, e.g. "200 files reviewed: 5 not strict, 125 not standardized". */
@Path("/api/v1/statistics")
@Tag(name = "统计 Statistics")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

    private final StatisticsQuery statistics;

    StatisticsResource(StatisticsQuery statistics) {
        this.statistics = statistics;
    }

    @GET
    @RolesAllowed({Roles.REVIEWER, Roles.LEADERSHIP})
    @Operation(summary = "考评统计 / Statistics of a period",
            description = "考评员、领导。按案卷的考评日（第一次考评日，或送评期限届满未送评之日，即决定考评月份之日）落在 [from, to] 内统计，"
                    + "按当前考评结果（第二次考评取代第一次）。from/to 为日期或月份（2017-04 即整月）。 / Reviewers and "
                    + "leadership. Files whose evaluation day (round-one review, or the day the submission deadline "
                    + "passed unsubmitted) lies in [from, to], by their current result. from/to are dates or months.")
    public Statistics statistics(
            @QueryParam("from") @Parameter(description = "起（含），如 2017-04 或 2017-04-01 / from, inclusive", required = true)
            String from,
            @QueryParam("to") @Parameter(description = "止（含），如 2017-04 或 2017-04-30 / to, inclusive", required = true)
            String to,
            @QueryParam("unitId") @Parameter(description = "单位（可选） / unit, optional") String unitId) {
        LocalDate start = QueryParams.dateOrMonth("from", from, false);
        LocalDate end = QueryParams.dateOrMonth("to", to, true);
        if (start.isAfter(end)) {
            throw ValidationException.field("to", "query.toBeforeFrom", to, from);
        }
        return statistics.statistics(start, end, unitId == null || unitId.isBlank() ? null : unitId.strip());
    }
}
