package cn.kaoping.incentive;

import static cn.kaoping.incentive.Api.admin;
import static cn.kaoping.incentive.Api.leadership;
import static cn.kaoping.incentive.Api.reviewer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import cn.kaoping.contracts.Topics;
import cn.kaoping.contracts.evaluation.EvaluationEvent;
import cn.kaoping.fixtures.EvaluationEvents.File;
import cn.kaoping.fixtures.EvaluationEvents;
import cn.kaoping.runtime.db.Db;
import cn.kaoping.runtime.projection.EnvelopeProjection;
import cn.kaoping.testkit.KaopingTestResource;
import cn.kaoping.testkit.ProjectionHarness;
import cn.kaoping.testkit.RequestLimitsContract;
import cn.kaoping.web.request.Limits;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Issue #11 rule 5 in incentive-service: the platform's contract, and the bounds of its other bodies and queries.
 * Its requests carry only a period and a pool; its events grow with the officers of a period, not with a text.
 */
@QuarkusTest
@QuarkusTestResource(value = KaopingTestResource.class, initArgs = @ResourceArg(name = "database", value = "incentive"))
class RequestLimitsTest extends RequestLimitsContract {

    private static final int OFFICERS = 200;

    @Inject
    Db db;

    @Inject
    EnvelopeProjection projection;

    /**
     * An allocation of a period with {@value #OFFICERS} officers in five units, each with an evaluated file,
     * approved: its event lists every unit and officer share.
     */
    @Override
    protected Published sendLargestAllowedCommand() {
        YearMonth month = YearMonth.of(ThreadLocalRandom.current().nextInt(2100, 2999), 2);
        List<EvaluationEvent> directory = new ArrayList<>();
        List<EvaluationEvent> files = new ArrayList<>();
        for (int u = 0; u < 5; u++) {
            String unit = "L" + u + "-" + UUID.randomUUID().toString().substring(0, 8);
            directory.add(EvaluationEvents.unit(unit, "C" + unit, "派出所" + u));
            for (int o = 0; o < OFFICERS / 5; o++) {
                String officer = EvaluationEvents.id("limit");
                directory.add(EvaluationEvents.officer(officer, "N" + officer.substring(6), "民警" + o, unit));
                files.addAll(Scenario.evaluated(File.of(unit, officer), month, String.valueOf(o % 20)));
            }
        }
        Scenario.sendDirectory(db, directory);
        new ProjectionHarness(db, projection).evaluation(files.toArray(EvaluationEvent[]::new));
        String period = month.getYear() + "-Q1";
        String id = reviewer().contentType(ContentType.JSON)
                .body(Map.of("period", period, "pool", "120000.00"))
                .post("/api/v1/funding-allocations").then().statusCode(201).extract().path("id");
        leadership().post("/api/v1/funding-allocations/" + id + "/approval").then().statusCode(200);
        return new Published(Topics.INCENTIVE_EVENTS, id, "FundingAllocationApproved");
    }

    @Override
    protected OverLimit overLongCommand() {
        return new OverLimit(request -> request.auth().oauth2(cn.kaoping.servers.Infrastructure.shared().tokens()
                        .mint("reviewer-1", "brigade", "REVIEWER")).contentType(ContentType.JSON)
                .body(Map.of("period", "2".repeat(Limits.CODE + 1), "pool", "1.00"))
                .post("/api/v1/funding-allocations"), "period", this::allocations, "reviewer-1");
    }

    private long allocations() {
        return db.withHandle(h -> h.createQuery("SELECT count(*) FROM funding_allocation").mapTo(Long.class).one());
    }

    @Test
    void a_scheme_and_the_free_query_parameters_are_bounded() {
        admin().contentType(ContentType.JSON).body("""
                        {"versionId": "limits-1", "effectiveFrom": "2990-01-01", "coHandlerShare": 0.5, "terms": [
                          {"indicator": "CASE_KIND", "values": {"ADMINISTRATIVE_PENALTY": 10}, "description": "%s"}]}"""
                        .formatted("述".repeat(Limits.TEXT + 1)))
                .post("/api/v1/schemes").then().statusCode(400)
                .body("errors.field", hasItem(containsString("terms[0].description")));
        reviewer().get("/api/v1/performance/2031-Q1?unitId=" + "u".repeat(Limits.ID + 1)).then().statusCode(400)
                .body("errors.field", hasItem(containsString("unitId")));
        reviewer().get("/api/v1/funding-allocations?period=" + "2".repeat(Limits.CODE + 1)).then().statusCode(400)
                .body("errors.field", hasItem(containsString("period")));
    }
}
