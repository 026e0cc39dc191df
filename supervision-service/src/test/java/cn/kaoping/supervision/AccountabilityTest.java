package cn.kaoping.supervision;

import static cn.kaoping.supervision.Scenario.as;
import static cn.kaoping.supervision.Scenario.leadership;
import static cn.kaoping.supervision.Scenario.reviewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import cn.kaoping.fixtures.EvaluationEvents;
import cn.kaoping.runtime.db.Db;
import cn.kaoping.runtime.projection.EnvelopeProjection;
import cn.kaoping.supervision.infrastructure.timers.TimerPoller;
import cn.kaoping.testkit.KaopingTestResource;
import cn.kaoping.testkit.ProjectionHarness;
import cn.kaoping.web.security.Roles;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** S2 accountability: a case from a proposal, its draft opinion from the facts, its lifecycle and decision; S3. */
@QuarkusTest
@QuarkusTestResource(value = KaopingTestResource.class, initArgs = @ResourceArg(name = "database", value = "supervision"))
class AccountabilityTest {

    @Inject
    Db db;
    @Inject
    EnvelopeProjection projection;
    @Inject
    TimerPoller poller;

    ProjectionHarness harness;
    Scenario s;
    EvaluationEvents.File file;

    @BeforeEach
    void setUp() {
        harness = new ProjectionHarness(db, projection);
        s = new Scenario();
        harness.evaluation(EvaluationEvents.unit(s.unitId, "U" + s.unitId.substring(5), "城关派出所"),
                EvaluationEvents.officer(s.officerId, "P" + s.officerId.substring(8), "张三", s.unitId));
        file = s.file();
        LocalDate today = LocalDate.now(Scenario.ZONE);
        harness.evaluation(EvaluationEvents.registered(file, today.minusMonths(2)),
                EvaluationEvents.reviewed(file, 1, s.month, today.minusMonths(1).minusDays(2), Scenario.roundOne()),
                s.refused(file, today.minusDays(2)));
    }

    String proposalId() {
        List<Map<String, Object>> proposals = reviewer().get("/api/v1/escalation-proposals?open=true&size=500")
                .then().statusCode(200).extract().jsonPath().getList("items");
        return proposals.stream().map(p -> (Map<?, ?>) p.get("proposal"))
                .filter(p -> s.officerId.equals(p.get("officerId"))).map(p -> (String) p.get("proposalId"))
                .findFirst().orElseThrow();
    }

    String openCase() {
        return reviewer().body(Map.of("officerId", s.officerId, "proposalId", proposalId(), "reason", "拒不整改"))
                .post("/api/v1/accountability-cases").then().statusCode(201)
                .body("state", equalTo("DRAFT"))
                .body("grounds", org.hamcrest.Matchers.contains("REFUSED_RECTIFICATION"))
                .extract().path("id");
    }

    /** The directory rows fed here never went through the topic: a real rebuild (ProjectionHostTest) must not miss them. */
    @AfterEach
    void forgetDirectoryRows() {
        db.useHandle(h -> {
            h.execute("DELETE FROM officer_directory WHERE officer_id = ?", s.officerId);
            h.execute("DELETE FROM unit_directory WHERE unit_id = ?", s.unitId);
        });
    }

    @Nested
    class Draft {

        @Test
        void theDraftListsNotStrictFindingsAsErrorsAndNotStandardizedOnesAsFlaws() {
            String id = openCase();
            reviewer().get("/api/v1/accountability-cases/" + id).then().statusCode(200)
                    .body("facts.files", hasSize(1))
                    .body("facts.files[0].caseNumber", equalTo(file.caseNumber()))
                    .body("facts.files[0].deadlinesMissed[0]", containsString("拒不整改"))
                    .body("facts.errors.findingId", org.hamcrest.Matchers.contains("R1-1"))
                    .body("facts.errors[0].countedPoints", org.hamcrest.Matchers.hasToString("10")) // unrectified: 2 × 5
                    .body("facts.flaws.findingId", org.hamcrest.Matchers.contains("R1-2"))
                    .body("opinion.errorAssessment", containsString("执法不严格问题1项"));
        }

        @Test
        void aProposalOpensOneCase() {
            String proposal = proposalId();
            reviewer().body(Map.of("officerId", s.officerId, "proposalId", proposal))
                    .post("/api/v1/accountability-cases").then().statusCode(201);
            reviewer().body(Map.of("officerId", s.officerId, "proposalId", proposal))
                    .post("/api/v1/accountability-cases").then().statusCode(409).body("code", equalTo("PROPOSAL_TAKEN"));
            reviewer().body(Map.of("officerId", "nobody")).post("/api/v1/accountability-cases")
                    .then().statusCode(400).body("code", equalTo("OFFICER_UNKNOWN"));
            s.officer().body(Map.of("officerId", s.officerId)).post("/api/v1/accountability-cases").then().statusCode(403);
        }

        @Test
        void theBrigadeEditsTheDraftUntilItIsIssued() {
            String id = openCase();
            Map<String, Object> opinion = Map.of("findingOfFacts", "经查属实", "errorAssessment", "构成执法过错",
                    "proposedHandling", "建议诫勉谈话", "proposedForms", List.of("ADMONITION_TALK"));
            reviewer().body(opinion).put("/api/v1/accountability-cases/" + id + "/opinion").then().statusCode(200)
                    .body("opinion.findingOfFacts", equalTo("经查属实"));
            reviewer().body(Map.of("proposedForms", List.of("NO_SUCH_FORM")))
                    .put("/api/v1/accountability-cases/" + id + "/opinion").then().statusCode(400);
            reviewer().post("/api/v1/accountability-cases/" + id + "/notification").then().statusCode(200)
                    .body("state", equalTo("ISSUED"))
                    .body("statementDueOn", equalTo(LocalDate.now(Scenario.ZONE).plusDays(5).toString()));
            reviewer().body(opinion).put("/api/v1/accountability-cases/" + id + "/opinion").then().statusCode(409)
                    .body("code", equalTo("OPINION_ISSUED"));
        }
    }

    @Nested
    class Lifecycle {

        @Test
        void statementSubmissionDecisionAndARevisionAsANewOutcome() {
            String id = openCase();
            String path = "/api/v1/accountability-cases/" + id;
            reviewer().post(path + "/submission").then().statusCode(409);
            reviewer().post(path + "/notification").then().statusCode(200);
            reviewer().post(path + "/notification").then().statusCode(409);
            as("other-officer", s.unitId, Roles.OFFICER).body(Map.of("text", "不是我")).post(path + "/statement")
                    .then().statusCode(403);
            as("other-officer", s.unitId, Roles.OFFICER).get(path).then().statusCode(403);
            s.legalOfficer().get(path).then().statusCode(403);
            s.officer().body(Map.of("text", "")).post(path + "/statement").then().statusCode(400);
            s.officer().body(Map.of("text", "整改期限内因出差未能送评")).post(path + "/statement").then().statusCode(200)
                    .body("state", equalTo("STATEMENT_RECEIVED"));
            s.officer().body(Map.of("text", "再说一次")).post(path + "/statement").then().statusCode(409);
            leadership().body(Map.of("decidedOn", "2025-01-01", "batch", "第1批", "outcome", "LIABLE",
                    "forms", List.of("ADMONITION_TALK"))).post(path + "/decision").then().statusCode(409);
            reviewer().post(path + "/submission").then().statusCode(200).body("state", equalTo("SUBMITTED"));
            reviewer().body(Map.of("decidedOn", "2025-01-01", "batch", "第1批", "outcome", "LIABLE",
                    "forms", List.of("ADMONITION_TALK"))).post(path + "/decision").then().statusCode(403);
            leadership().body(Map.of("decidedOn", "2025-01-01", "batch", "第1批", "outcome", "LIABLE"))
                    .post(path + "/decision").then().statusCode(400);
            leadership().body(Map.of("decidedOn", "2025-01-01", "batch", "第1批", "outcome", "NOT_LIABLE"))
                    .post(path + "/decision").then().statusCode(400);
            String year = String.valueOf(LocalDate.now(Scenario.ZONE).getYear());
            String decidedOn = LocalDate.now(Scenario.ZONE).toString();
            leadership().body(Map.of("decidedOn", decidedOn, "batch", "第1批-" + s.officerId, "outcome", "LIABLE",
                            "forms", List.of("ADMONITION_TALK", "DEMERIT"), "grounds", "拒不整改"))
                    .post(path + "/decision").then().statusCode(200)
                    .body("state", equalTo("DECIDED")).body("decision.forms", hasSize(2));
            leadership().body(Map.of("decidedOn", decidedOn, "batch", "第2批", "outcome", "NOT_LIABLE", "grounds", "x"))
                    .post(path + "/decision").then().statusCode(409).body("code", equalTo("ALREADY_DECIDED"));

            long decided = db.withHandle(h -> h.createQuery(
                            "SELECT count(*) FROM outbox WHERE record_key = :o AND payload LIKE '%AccountabilityDecided%'")
                    .bind("o", s.officerId).mapTo(Long.class).one());
            assertThat(decided).isEqualTo(1);

            reviewer().get("/api/v1/accountability-figures?year=" + year).then().statusCode(200)
                    .body("batches.find { it.batch == '第1批-" + s.officerId + "' }.officers.officerId",
                            org.hamcrest.Matchers.contains(s.officerId));

            leadership().body(Map.of("kind", "REVIEW", "decidedOn", decidedOn, "outcome", "LIABLE",
                            "forms", List.of("ADMONITION_TALK"), "grounds", "复核减轻"))
                    .post(path + "/revisions").then().statusCode(200)
                    .body("decision.forms", hasSize(2)).body("revisions", hasSize(1));

            String page = s.officer().accept("text/html").get("/accountability-cases/" + id + "/document")
                    .then().statusCode(200).extract().asString();
            assertThat(page).contains("执法过错认定和追究执法过错责任意见书", "某县公安局", file.caseNumber(),
                    "整改期限内因出差未能送评", "诫勉谈话", "记过", "复核").doesNotContain("<script");
            as("other-officer", s.unitId, Roles.OFFICER).get("/accountability-cases/" + id + "/document")
                    .then().statusCode(403);

            byte[] xlsx = leadership().get("/api/v1/accountability-figures/export?year=" + year)
                    .then().statusCode(200).extract().asByteArray();
            assertThat(xlsx).startsWith((byte) 'P', (byte) 'K');
            s.officer().get("/api/v1/accountability-figures?year=" + year).then().statusCode(403);
            reviewer().get("/api/v1/accountability-figures?year=abc").then().statusCode(400);
        }

        @Test
        void theStatementPeriodPassingWaivesTheStatementOnce() {
            String id = openCase();
            String path = "/api/v1/accountability-cases/" + id;
            reviewer().post(path + "/notification").then().statusCode(200);
            java.time.Instant afterPeriod = LocalDate.now(Scenario.ZONE).plusDays(6).atStartOfDay(Scenario.ZONE)
                    .toInstant();
            assertThat(poller.fireDueAsOf(afterPeriod)).isGreaterThanOrEqualTo(1);
            reviewer().get(path).then().body("state", equalTo("STATEMENT_WAIVED"))
                    .body("history.findAll { it.type == 'STATEMENT_WAIVED' }", hasSize(1));
            poller.fireDueAsOf(afterPeriod);
            reviewer().get(path).then().body("history.findAll { it.type == 'STATEMENT_WAIVED' }", hasSize(1));
            reviewer().post(path + "/submission").then().statusCode(200);
        }
    }

    @Test
    void theLiabilityFormsAreListedForEveryone() {
        s.officer().get("/api/v1/liability-forms").then().statusCode(200)
                .body("code", org.hamcrest.Matchers.hasItems("ADMONITION_TALK", "WARNING", "EXPULSION"))
                .body("find { it.code == 'DEMERIT' }.name", equalTo("记过"))
                .body("find { it.code == 'DEMERIT' }.track", equalTo("DISCIPLINARY"));
        io.restassured.RestAssured.get("/api/v1/liability-forms").then().statusCode(401);
        reviewer().get("/api/v1/escalation-proposals").then().statusCode(200).body("items", not(hasSize(0)));
        s.officer().get("/api/v1/escalation-proposals").then().statusCode(403);
    }
}
