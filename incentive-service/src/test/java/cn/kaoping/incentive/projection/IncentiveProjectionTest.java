package cn.kaoping.incentive.projection;

import static cn.kaoping.fixtures.EvaluationEvents.at;
import static cn.kaoping.fixtures.EvaluationEvents.cardOf;
import static cn.kaoping.fixtures.EvaluationEvents.id;
import static cn.kaoping.fixtures.EvaluationEvents.officer;
import static cn.kaoping.fixtures.EvaluationEvents.registered;
import static cn.kaoping.fixtures.EvaluationEvents.reviewed;
import static cn.kaoping.fixtures.EvaluationEvents.unit;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import cn.kaoping.contracts.EventEnvelope;
import cn.kaoping.contracts.evaluation.Grade;
import cn.kaoping.contracts.publicity.MonthlyListPublished;
import cn.kaoping.contracts.publicity.RedCardIssued;
import cn.kaoping.contracts.supervision.AccountabilityDecided;
import cn.kaoping.contracts.supervision.AccountabilityDecisionRevised;
import cn.kaoping.contracts.supervision.RevisionKind;
import cn.kaoping.contracts.training.RotationTrainingRecorded;
import cn.kaoping.contracts.training.SelectedFile;
import cn.kaoping.contracts.training.SelectionConfirmed;
import cn.kaoping.fixtures.EvaluationEvents.File;
import cn.kaoping.incentive.performance.Performance;
import cn.kaoping.incentive.performance.PerformanceLedger;
import cn.kaoping.domain.Period;
import cn.kaoping.incentive.period.Periods;
import cn.kaoping.runtime.db.Db;
import cn.kaoping.runtime.projection.EnvelopeProjection;
import cn.kaoping.servers.Infrastructure;
import cn.kaoping.testkit.KaopingTestResource;
import cn.kaoping.testkit.ProjectionHarness;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The projection's rules (ProjectionHarness) and the commendation ranking built from the four streams (I3). */
@QuarkusTest
@QuarkusTestResource(value = KaopingTestResource.class, initArgs = @ResourceArg(name = "database", value = "incentive"))
class IncentiveProjectionTest {

    @Inject
    Db db;
    @Inject
    EnvelopeProjection projection;

    ProjectionHarness harness;
    String u1;
    String a;
    String b;

    @BeforeEach
    void setUp() {
        harness = new ProjectionHarness(db, projection);
        u1 = id("U");
        a = id("a");
        b = id("b");
        sendDirectory(List.of(unit(u1, "05-" + u1, "城南派出所"), officer(a, "3001" + a, "赵六", u1),
                officer(b, "3002" + b, "钱七", u1)));
    }

    @Inject
    cn.kaoping.runtime.projection.ProjectionHost host;

    void sendDirectory(List<cn.kaoping.contracts.evaluation.EvaluationEvent> events) {
        cn.kaoping.incentive.ScenarioAccess.sendDirectory(db, events);
    }

    BigDecimal points(String period, String officerId) {
        Performance p = db.withHandle(h -> PerformanceLedger.of(h, Periods.parse(period)));
        return p.officers().stream().filter(o -> o.officerId().equals(officerId)).map(o -> o.points())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Nested
    class LatestResults {

        @Test
        void aLaterCardReplacesAnEarlierOneAndAnOlderOneIsIgnored() {
            YearMonth month = YearMonth.of(2034, 2);
            File file = File.of(u1, a);
            harness.evaluation(registered(file, month.minusMonths(1).atDay(2)));
            var round1 = reviewed(file, 1, month, month.atDay(5), cardOf(1, "25")); // FAIL: 10 × 0.4 = 4.00
            var round2 = reviewed(file, 2, month, month.atDay(20), cardOf(2, "5")); // EXCELLENT: 12.00
            harness.evaluation(round1, round2);
            assertThat(points("2034-02", a)).isEqualByComparingTo("12.00");
            harness.evaluation(round1); // the old result, redelivered under a new id, is older: ignored
            assertThat(points("2034-02", a)).isEqualByComparingTo("12.00");
        }

        @Test
        void aRedeliveredEnvelopeCountsOnceAndARebuildGivesTheSameFigures() throws Exception {
            YearMonth month = YearMonth.of(2034, 3);
            File file = File.of(u1, a, b);
            cn.kaoping.fixtures.EventFeed feed = cn.kaoping.fixtures.EventFeed.shared();
            feed.send(registered(file, month.minusMonths(1).atDay(2)));
            EventEnvelope review = feed.send(reviewed(file, 1, month, month.atDay(5), cardOf(1, "15")));
            SelectionConfirmed selection = new SelectionConfirmed(id("sel"), "2034-Q1", LocalDate.of(2034, 1, 1),
                    LocalDate.of(2034, 3, 31), List.of(new SelectedFile(1, file.id(), file.caseNumber(), u1, a,
                    new BigDecimal("85"), Grade.PASS, false)), List.of());
            feed.send(selection.selectionId(), at(month.atDay(28), 9), selection);
            feed.sendEnvelope(review); // redelivery
            // 10 × 1.0 + 5 (ten best) = 15.00; co-handler b 0.3 × 15 = 4.50
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                    .until(() -> points("2034-03", a).compareTo(new BigDecimal("15.00")) == 0);
            assertThat(points("2034-03", b)).isEqualByComparingTo("4.50");
            List<?> before = lines("2034-03");
            // The platform's rebuild empties every projection table and replays the topics.
            host.rebuild().get(60, java.util.concurrent.TimeUnit.SECONDS);
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
                    .until(() -> lines("2034-03").equals(before));
            assertThat(points("2034-03", a)).isEqualByComparingTo("15.00");
        }

        List<?> lines(String period) {
            Performance p = db.withHandle(h -> PerformanceLedger.of(h, Periods.parse(period)));
            return p.officers().stream().filter(o -> o.unitId().equals(u1)).toList();
        }
    }

    @Nested
    class Commendations {

        String token(String... roles) {
            return Infrastructure.shared().tokens().mint("leader-1", "bureau-leadership", roles);
        }

        @Test
        void redCardsLiabilityAndRotationShortfallExcludeWithTheirReasons() {
            String c = id("c");
            String d = id("d");
            sendDirectory(List.of(officer(c, "3003" + c, "孙八", u1), officer(d, "3004" + d, "周九", u1)));
            for (String o : List.of(a, b, c, d)) {
                File file = File.of(u1, o);
                harness.evaluation(registered(file, LocalDate.of(2035, 4, 2)),
                        reviewed(file, 1, YearMonth.of(2035, 5), LocalDate.of(2035, 5, 5), cardOf(1, "0")));
                Instant t = at(LocalDate.of(2035, 3, 1), 9);
                if (!o.equals(d)) {
                    harness.event(o, t, new RotationTrainingRecorded(id("rt"), o, u1, "轮训班",
                            LocalDate.of(2035, 3, 1), LocalDate.of(2035, 3, 20), new BigDecimal("15")));
                }
            }
            // a: red card in the published list of June (version 2 replaces version 1, which did not name him)
            harness.event("2035-06", at(LocalDate.of(2035, 7, 3), 9), new MonthlyListPublished(YearMonth.of(2035, 6), 1,
                    Instant.parse("2035-07-03T01:00:00Z"), 10, 2, List.of()));
            harness.event(a, at(LocalDate.of(2035, 7, 9), 9), new RedCardIssued(YearMonth.of(2035, 6), 2, a, "赵六", u1,
                    new BigDecimal("4.50"), 2, List.of()));
            // b: liable in August; c: liable in August, cleared on appeal in October
            harness.event(b, at(LocalDate.of(2035, 8, 10), 9), new AccountabilityDecided(id("case"), b, u1, true,
                    List.of("诫勉谈话"), null, "2035-1", LocalDate.of(2035, 8, 10)));
            String caseC = id("case");
            harness.event(c, at(LocalDate.of(2035, 8, 10), 9), new AccountabilityDecided(caseC, c, u1, true,
                    List.of("通报批评"), null, "2035-1", LocalDate.of(2035, 8, 10)));
            harness.event(c, at(LocalDate.of(2035, 10, 10), 9), new AccountabilityDecisionRevised(caseC, c, u1,
                    RevisionKind.APPEAL, false, List.of(), "申诉成立", LocalDate.of(2035, 10, 10)));

            JsonPath year = given().auth().oauth2(token("LEADERSHIP")).get("/api/v1/commendations/2035?unitId=" + u1)
                    .then().statusCode(200).body("rotationChecked", equalTo(true)).body("officers", hasSize(4))
                    .extract().jsonPath();
            String line = "officers.find { it.officerId == '%s' }";
            assertThat(year.getList(line.formatted(a) + ".exclusions.reason")).containsExactly("RED_CARD");
            assertThat(year.getString(line.formatted(a) + ".exclusions[0].detail")).contains("2035-06", "第 2 版", "4.50");
            assertThat(year.getList(line.formatted(b) + ".exclusions.reason")).containsExactly("ACCOUNTABILITY");
            assertThat(year.getBoolean(line.formatted(c) + ".eligible")).isTrue();
            assertThat(year.getInt(line.formatted(c) + ".rank")).isEqualTo(1);
            assertThat(year.getList(line.formatted(d) + ".exclusions.reason")).containsExactly("ROTATION_SHORTFALL");

            // A quarter does not check rotation by default: d is eligible in 2035-Q2
            given().auth().oauth2(token("REVIEWER")).get("/api/v1/commendations/2035-Q2?unitId=" + u1).then()
                    .statusCode(200).body("rotationChecked", equalTo(false))
                    .body(line.formatted(d) + ".eligible", equalTo(true));
            // API.md: REVIEWER and LEADERSHIP only; an officer, a unit legal officer and an administrator get 403
            given().auth().oauth2(Infrastructure.shared().tokens().mint(b, u1, "OFFICER"))
                    .get("/api/v1/commendations/2035").then().statusCode(403)
                    .contentType(containsString("application/problem+json"));
            for (String role : List.of("UNIT_LEGAL_OFFICER", "ADMIN")) {
                given().auth().oauth2(Infrastructure.shared().tokens().mint(id("officer"), u1, role))
                        .get("/api/v1/commendations/2035").then().statusCode(403);
            }

            String rankingId = given().auth().oauth2(token("LEADERSHIP")).post("/api/v1/commendations/2035/publication")
                    .then().statusCode(201).extract().jsonPath().getString("rankingId");
            String payload = db.withHandle(h -> h.createQuery("SELECT payload FROM outbox WHERE record_key = :id")
                    .bind("id", rankingId).mapTo(String.class).one());
            assertThat(payload).contains("CommendationRankingPublished", "LIABILITY", "ROTATION_SHORTFALL");
            given().auth().oauth2(Infrastructure.shared().tokens().mint(b, u1, "OFFICER"))
                    .post("/api/v1/commendations/2035/publication").then().statusCode(403);
        }
    }
}
