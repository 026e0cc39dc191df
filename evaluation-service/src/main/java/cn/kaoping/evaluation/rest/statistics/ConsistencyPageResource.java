package cn.kaoping.evaluation.rest.statistics;

import cn.kaoping.evaluation.query.statistics.ReviewerConsistencyQuery;
import cn.kaoping.evaluation.statistics.consistency.Consistency;
import cn.kaoping.evaluation.statistics.consistency.ReviewerProfile;
import cn.kaoping.web.pages.BarChart;
import cn.kaoping.web.security.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.YearMonth;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 考评一致性 as a printable Chinese page (no JavaScript, server-drawn chart) for the portal to embed: it needs a token
 * with REVIEWER or LEADERSHIP like the API (a browser alone cannot send one).
 */
@Path("/statistics/reviewer-consistency")
@Tag(name = "统计 Statistics")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class ConsistencyPageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance reviewerConsistency(ConsistencyPage view);
    }

    /** What the page shows. */
    public record ConsistencyPage(YearMonth from, YearMonth to, Consistency consistency, RawString chart) {

        /** A reviewer's name from the registry, else his id. */
        public String name(String reviewerId) {
            return consistency.reviewers().stream().filter(r -> r.reviewerId().equals(reviewerId))
                    .map(r -> r.name() == null ? r.reviewerId() : r.name()).findFirst().orElse(reviewerId);
        }
    }

    private final ReviewerConsistencyQuery query;

    ConsistencyPageResource(ReviewerConsistencyQuery query) {
        this.query = query;
    }

    @GET
    @RolesAllowed({Roles.REVIEWER, Roles.LEADERSHIP})
    @Operation(operationId = "reviewerConsistencyPage", summary = "考评一致性页面 / Reviewer consistency page",
            description = "考评员、领导（需令牌，供门户嵌入）。内容同 GET /api/v1/statistics/reviewer-consistency，可打印。"
                    + " / REVIEWER, LEADERSHIP (token required; for the portal to embed). Same content as the API, "
                    + "printable HTML.")
    public TemplateInstance page(@QueryParam("from") String from, @QueryParam("to") String to) {
        YearMonth[] range = StatisticsResource.monthRange(from, to);
        Consistency consistency = query.consistency(range[0], range[1]);
        String chart = BarChart.render("各考评员有扣分项案卷占比", "有扣分项的案卷占其考评案卷（%）",
                consistency.reviewers().stream()
                        .map(r -> new BarChart.Bar(label(r), r.shareWithFindings())).toList(),
                new BarChart.Threshold(consistency.brigade().shareWithFindings(), "全大队"));
        return Templates.reviewerConsistency(new ConsistencyPage(range[0], range[1], consistency,
                new RawString(chart)));
    }

    private static String label(ReviewerProfile reviewer) {
        return reviewer.name() == null ? reviewer.reviewerId() : reviewer.name();
    }
}
