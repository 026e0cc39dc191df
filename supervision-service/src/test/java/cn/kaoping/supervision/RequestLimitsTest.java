package cn.kaoping.supervision;

import static cn.kaoping.supervision.Scenario.leadership;
import static cn.kaoping.supervision.Scenario.reviewer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import cn.kaoping.contracts.Topics;
import cn.kaoping.fixtures.EvaluationEvents;
import cn.kaoping.runtime.db.Db;
import cn.kaoping.runtime.projection.EnvelopeProjection;
import cn.kaoping.supervision.accountability.proceeding.ProceedingDecision;
import cn.kaoping.testkit.KaopingTestResource;
import cn.kaoping.testkit.ProjectionHarness;
import cn.kaoping.testkit.RequestLimitsContract;
import cn.kaoping.web.request.Limits;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Issue #11 rule 5 in supervision-service: the platform's contract, and the bounds of its other bodies and queries. */
@QuarkusTest
@QuarkusTestResource(value = KaopingTestResource.class, initArgs = @ResourceArg(name = "database", value = "supervision"))
class RequestLimitsTest extends RequestLimitsContract {

    @Inject
    Db db;

    @Inject
    EnvelopeProjection projection;

    private final List<Scenario> scenarios = new ArrayList<>();

    /** A case for one officer, from his refused rectification. */
    private String openCase() {
        Scenario s = new Scenario();
        scenarios.add(s);
        ProjectionHarness harness = new ProjectionHarness(db, projection);
        harness.evaluation(EvaluationEvents.unit(s.unitId, "U" + s.unitId.substring(5), "城关派出所"),
                EvaluationEvents.officer(s.officerId, "P" + s.officerId.substring(8), "张三", s.unitId));
        EvaluationEvents.File file = s.file();
        LocalDate today = LocalDate.now(Scenario.ZONE);
        harness.evaluation(EvaluationEvents.registered(file, today.minusMonths(2)),
                EvaluationEvents.reviewed(file, 1, s.month, today.minusMonths(1).minusDays(2), Scenario.roundOne()),
                s.refused(file, today.minusDays(2)));
        return reviewer().body(Map.of("officerId", s.officerId, "reason", "由".repeat(Limits.TEXT)))
                .post("/api/v1/accountability-cases").then().statusCode(201).extract().path("id");
    }

    /** The directory rows fed here never went through the topic: a real rebuild (ProjectionHostTest) must not miss them. */
    @AfterEach
    void forgetDirectoryRows() {
        scenarios.forEach(s -> db.useHandle(h -> {
            h.execute("DELETE FROM officer_directory WHERE officer_id = ?", s.officerId);
            h.execute("DELETE FROM unit_directory WHERE unit_id = ?", s.unitId);
        }));
    }

    /**
     * A case carried to its decision with every text at its longest (the opinion, the statement, the batch, the
     * grounds, the note; the proceedings' own limit, ProceedingDecision.MAX_TEXT): the decided event carries the
     * batch and the grounds.
     */
    @Override
    protected Published sendLargestAllowedCommand() {
        String id = openCase();
        Scenario s = scenarios.get(scenarios.size() - 1);
        String path = "/api/v1/accountability-cases/" + id;
        int text = ProceedingDecision.MAX_TEXT;
        reviewer().body(Map.of("findingOfFacts", "查".repeat(text), "errorAssessment", "错".repeat(text),
                        "proposedHandling", "议".repeat(text), "proposedForms", List.of("ADMONITION_TALK")))
                .put(path + "/opinion").then().statusCode(200);
        reviewer().post(path + "/notification").then().statusCode(200);
        s.officer().body(Map.of("text", "述".repeat(ProceedingDecision.MAX_TEXT))).post(path + "/statement").then().statusCode(200);
        reviewer().post(path + "/submission").then().statusCode(200);
        leadership().body(Map.of("decidedOn", LocalDate.now(Scenario.ZONE).toString(), "batch", "批".repeat(Limits.CODE),
                        "outcome", "LIABLE", "forms", List.of("ADMONITION_TALK", "DEMERIT"),
                        "grounds", "据".repeat(ProceedingDecision.MAX_TEXT), "note", "注".repeat(ProceedingDecision.MAX_TEXT)))
                .post(path + "/decision").then().statusCode(200);
        return new Published(Topics.SUPERVISION_EVENTS, s.officerId, "AccountabilityDecided");
    }

    @Override
    protected OverLimit overLongCommand() {
        String id = openCase();
        return new OverLimit(request -> request.auth().oauth2(cn.kaoping.servers.Infrastructure.shared().tokens()
                        .mint("reviewer-1", "brigade", "REVIEWER")).contentType("application/json")
                .body(Map.of("proposedForms", java.util.Collections.nCopies(Limits.LIST + 1, "ADMONITION_TALK")))
                .put("/api/v1/accountability-cases/" + id + "/opinion"), "proposedForms", () -> opinion(id), "reviewer-1");
    }

    private String opinion(String id) {
        return db.withHandle(h -> h.createQuery("SELECT opinion::text FROM accountability_case WHERE case_id = :id")
                .bind("id", id).mapTo(String.class).one());
    }

    @Test
    void tracking_bodies_and_free_query_parameters_are_bounded() {
        reviewer().body(Map.of("kind", "KEY_PERSON", "officerId", "o".repeat(Limits.ID + 1), "reason", "MANUAL"))
                .post("/api/v1/tracking-items").then().statusCode(400)
                .body("errors.field", hasItem(containsString("officerId")));
        reviewer().body(Map.of("type", "FEEDBACK", "note", "记".repeat(Limits.TEXT + 1)))
                .post("/api/v1/tracking-items/none/actions").then().statusCode(400)
                .body("errors.field", hasItem(containsString("note")));
        reviewer().get("/api/v1/tracking-items?unitId=" + "u".repeat(Limits.ID + 1)).then().statusCode(400)
                .body("errors.field", hasItem(containsString("unitId")));
        leadership().body(Map.of("decidedOn", "2026-01-01", "outcome", "LIABLE",
                        "forms", java.util.Collections.nCopies(Limits.LIST + 1, "DEMERIT")))
                .post("/api/v1/accountability-cases/none/decision").then().statusCode(400)
                .body("errors.field", hasItem(containsString("forms")));
    }
}
