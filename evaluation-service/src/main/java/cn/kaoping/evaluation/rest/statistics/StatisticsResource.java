package cn.kaoping.evaluation.rest.statistics;

import cn.kaoping.evaluation.query.statistics.ReviewerConsistencyQuery;
import cn.kaoping.evaluation.query.statistics.Statistics;
import cn.kaoping.evaluation.query.statistics.StatisticsQuery;
import cn.kaoping.evaluation.statistics.consistency.Consistency;
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
import java.time.YearMonth;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** E8 考评统计, e.g. "200 files reviewed: 5 not strict, 125 not standardized". */
@Path("/api/v1/statistics")
@Tag(name = "统计 Statistics")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

    private final StatisticsQuery statistics;
    private final ReviewerConsistencyQuery consistency;

    StatisticsResource(StatisticsQuery statistics, ReviewerConsistencyQuery consistency) {
        this.statistics = statistics;
        this.consistency = consistency;
    }

    @GET
    @Path("reviewer-consistency")
    @RolesAllowed({Roles.REVIEWER, Roles.LEADERSHIP})
    @Operation(operationId = "reviewerConsistency", summary = "考评一致性 / Reviewer consistency",
            description = "考评员、领导。考评月份在 [from, to]（月份，如 2026-01）内的案卷：每个细则条目、每位考评员记录该条目的次数"
                    + "（每百份其考评的案卷）与平均分值；案卷按第一次考评的考评员计，扣分项按记录它那一轮考评卡的考评员计（含后来撤销的）。"
                    + "不一致：考评案卷不少于 kaoping.statistics.consistency.min-files（默认 20）份，且其每百卷次数高于其他考评员"
                    + "合计每百卷次数的 kaoping.statistics.consistency.ratio（默认 2）倍，或低于其 1/ratio；他人从不记录而他记录的条目"
                    + "亦为不一致。另列每位考评员有扣分项案卷的占比与平均扣分，及全大队的。 / REVIEWER, LEADERSHIP. Files whose "
                    + "evaluation month is in [from, to]: per rulebook item and reviewer, the findings he recorded per 100 "
                    + "files he reviewed (round-one cards he made) and their average points (a finding counts for the "
                    + "reviewer of the round that recorded it, withdrawn or not). A use departs when he reviewed at least "
                    + "kaoping.statistics.consistency.min-files files (20) and his rate is more than "
                    + "kaoping.statistics.consistency.ratio (2) × the others' combined rate, or below it ÷ ratio; an item "
                    + "only he records departs. Per reviewer and for the brigade: share of files with findings and "
                    + "average deduction.")
    public Consistency reviewerConsistency(
            @QueryParam("from") @Parameter(description = "起始考评月份 / first month, e.g. 2026-01", required = true)
            String from,
            @QueryParam("to") @Parameter(description = "截止考评月份（含） / last month, inclusive", required = true)
            String to) {
        YearMonth[] range = monthRange(from, to);
        return consistency.consistency(range[0], range[1]);
    }

    /** from and to as months, both required, from not after to (400 naming the parameter). */
    static YearMonth[] monthRange(String from, String to) {
        YearMonth start = QueryParams.month("from", from);
        YearMonth end = QueryParams.month("to", to);
        if (start == null) {
            throw ValidationException.field("from", "query.required");
        }
        if (end == null) {
            throw ValidationException.field("to", "query.required");
        }
        if (start.isAfter(end)) {
            throw ValidationException.field("to", "query.toBeforeFrom", to, from);
        }
        return new YearMonth[] {start, end};
    }

    @GET
    @RolesAllowed({Roles.REVIEWER, Roles.LEADERSHIP})
    @Operation(operationId = "getStatistics", summary = "考评统计 / Statistics of a period",
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
