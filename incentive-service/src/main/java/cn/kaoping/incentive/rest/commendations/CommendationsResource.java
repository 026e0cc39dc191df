package cn.kaoping.incentive.rest.commendations;

import cn.kaoping.domain.Period;
import cn.kaoping.incentive.commendation.Ranking;
import cn.kaoping.incentive.commendation.publishing.PublishRanking;
import cn.kaoping.incentive.commendation.publishing.RankingPublisher;
import cn.kaoping.incentive.period.Periods;
import cn.kaoping.incentive.query.commendation.CommendationQuery;
import cn.kaoping.web.request.Limits;
import cn.kaoping.web.security.AccessScope;
import cn.kaoping.web.security.Caller;
import cn.kaoping.web.security.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 评先评优 (I3): the eligibility ranking of a period, and its publication. */
@Path("/api/v1/commendations")
@Tag(name = "评先评优 Commendations")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class CommendationsResource {

    private final CommendationQuery query;
    private final RankingPublisher publisher;
    private final Caller caller;
    private final Clock clock;

    CommendationsResource(CommendationQuery query, RankingPublisher publisher, Caller caller, Clock clock) {
        this.query = query;
        this.publisher = publisher;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @Path("{period}")
    // API.md: REVIEWER and LEADERSHIP only (the ranking is drawn up before it is published; the portal relies on it)
    @RolesAllowed({Roles.REVIEWER, Roles.LEADERSHIP})
    @Operation(operationId = "getCommendations", summary = "评先评优资格排名 / Eligibility ranking",
            description = "按积分排名；红牌、追责、轮训不足者排除并列明原因。仅考评员、局领导。"
                    + " / By points; exclusions with their reasons. REVIEWER and LEADERSHIP only.")
    public Ranking get(@PathParam("period") String periodText, @QueryParam("unitId") @Size(max = Limits.ID) String unitId) {
        AccessScope scope = AccessScope.of(caller).narrow(unitId == null || unitId.isBlank() ? null : unitId, null);
        Period period = Periods.parse(periodText);
        Ranking ranking = query.ranking(period);
        return new Ranking(ranking.period(), ranking.schemeVersion(), ranking.rotationChecked(),
                ranking.rotationMinimumDays(),
                ranking.officers().stream().filter(o -> scope.covers(o.unitId(), o.officerId())).toList());
    }

    @POST
    @Path("{period}/publication")
    @RolesAllowed({Roles.REVIEWER, Roles.LEADERSHIP})
    @Operation(operationId = "publishCommendations", summary = "发布评先评优排名 / Publish the ranking",
            description = "冻结当前排名并发布 CommendationRankingPublished。本期无积分 409。 / Freezes and publishes; 409 "
                    + "without points.")
    public Response publish(@PathParam("period") String periodText) {
        String id = UUID.randomUUID().toString();
        Ranking ranking = publisher.publish(new PublishRanking(id, Periods.parse(periodText).text(), caller.actor(),
                clock.instant()));
        return Response.status(201).entity(new PublishedRanking(id, ranking)).build();
    }

    /** A published ranking and its id. */
    public record PublishedRanking(String rankingId, Ranking ranking) {
    }
}
