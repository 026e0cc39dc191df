package cn.kaoping.incentive;

import static cn.kaoping.incentive.Api.admin;
import static cn.kaoping.incentive.Api.leadership;
import static cn.kaoping.incentive.Api.legalOfficer;
import static cn.kaoping.incentive.Api.officer;
import static cn.kaoping.incentive.Api.reviewer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import cn.kaoping.contracts.evaluation.EvaluationEvent;
import cn.kaoping.fixtures.EvaluationEvents.File;
import cn.kaoping.runtime.db.Db;
import cn.kaoping.runtime.projection.EnvelopeProjection;
import cn.kaoping.testkit.KaopingTestResource;
import cn.kaoping.testkit.ProjectionHarness;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every path of the incentive table of API.md, as a new user would try it, with its role rules. */
@QuarkusTest
@QuarkusTestResource(value = KaopingTestResource.class, initArgs = @ResourceArg(name = "database", value = "incentive"))
class IncentiveApiTest {

    static final YearMonth MONTH = YearMonth.of(2031, 3);
    static final String PERIOD = "2031-Q1";

    @Inject
    Db db;
    @Inject
    EnvelopeProjection projection;

    static Scenario scenario;

    @BeforeEach
    void feed() {
        if (scenario != null) {
            return;
        }
        scenario = new Scenario();
        ProjectionHarness harness = new ProjectionHarness(db, projection);
        Scenario.sendDirectory(db, scenario.directory());
        List<EvaluationEvent> files = new ArrayList<>();
        // 12.00 (a, co-handler b 3.60), 10.00 (b), 4.00 (c): unit 1 has 22.00, unit 2 4.00
        files.addAll(Scenario.evaluated(File.of(scenario.u1, scenario.a, scenario.b), MONTH, "0"));
        files.addAll(Scenario.evaluated(File.of(scenario.u1, scenario.b), MONTH, "15"));
        files.addAll(Scenario.evaluated(File.of(scenario.u2, scenario.c), MONTH, "25"));
        harness.evaluation(files.toArray(EvaluationEvent[]::new));
    }

    @Nested
    class Schemes {

        static final String VALID = """
                {"versionId": "%s", "effectiveFrom": "%s", "coHandlerShare": 0.5,
                 "terms": [
                   {"indicator": "CASE_KIND", "values": {"ADMINISTRATIVE_PENALTY": 10, "ADMINISTRATIVE_LICENSING": 6,
                                                         "ADMINISTRATIVE_COMPULSION": 8, "OTHER": 4}},
                   {"indicator": "GRADE", "values": {"EXCELLENT": 1.5, "PASS": 1, "FAIL": 0.2}}%s
                 ]}""";

        long versions() {
            return reviewer().get("/api/v1/schemes").then().statusCode(200).extract().jsonPath().getLong("total");
        }

        @Test
        void theDefaultVersionShipsAndIsInForce() {
            officer("o-1", "U").get("/api/v1/schemes").then().statusCode(200)
                    .body("items.scheme.versionId", hasItem("default-v1"));
            officer("o-1", "U").get("/api/v1/schemes/in-force?on=2026-12-01").then().statusCode(200)
                    .body("scheme.versionId", equalTo("default-v1"))
                    .body("scheme.terms.indicator", hasItem("CASE_KIND"));
            reviewer().get("/api/v1/schemes/nope").then().statusCode(404).body("code", equalTo("SCHEME_NOT_FOUND"));
        }

        @Test
        void aForbiddenIndicatorIsRefusedCitingTheNationalRulesAndChangesNothing() {
            long before = versions();
            admin().contentType(ContentType.JSON)
                    .body(VALID.formatted("bad-1", "2091-01-01", ", {\"indicator\": \"FINES_COLLECTED\", \"value\": 1}"))
                    .post("/api/v1/schemes").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("code", equalTo("FORBIDDEN_INDICATOR"))
                    .body("detail", containsString("公安机关执法质量考核评议规定"))
                    .body("errors.field", hasItem("terms[2].indicator"));
            assertThat(versions()).isEqualTo(before);
        }

        @Test
        void anUnknownFieldAnywhereIsRefusedWithItsPath() {
            long before = versions();
            admin().contentType(ContentType.JSON)
                    .body(VALID.formatted("bad-2", "2092-01-01", ", {\"indicator\": \"TEN_BEST\", \"value\": 1, \"extra\": 2}"))
                    .post("/api/v1/schemes").then().statusCode(400)
                    .body("code", equalTo("SCHEME_INVALID"))
                    .body("errors.field", hasItem("terms[2].extra"));
            admin().contentType(ContentType.JSON).body("{not json").post("/api/v1/schemes").then().statusCode(400)
                    .body("code", equalTo("MALFORMED_BODY"));
            assertThat(versions()).isEqualTo(before);
        }

        @Test
        void anAdminPublishesAVersionOnceAndOthersMayNot() {
            String id = "v-" + java.util.UUID.randomUUID().toString().substring(0, 8);
            String body = VALID.formatted(id, "2093-01-01", "");
            reviewer().contentType(ContentType.JSON).body(body).post("/api/v1/schemes").then().statusCode(403);
            given().contentType(ContentType.JSON).body(body).post("/api/v1/schemes").then().statusCode(401);
            admin().contentType(ContentType.JSON).body(body).post("/api/v1/schemes").then().statusCode(201)
                    .body("scheme.versionId", equalTo(id)).body("publishedBy", equalTo("admin-1"));
            admin().contentType(ContentType.JSON).body(body).post("/api/v1/schemes").then().statusCode(409)
                    .body("code", equalTo("SCHEME_VERSION_EXISTS"));
            reviewer().get("/api/v1/schemes/in-force?on=2093-06-01").then().body("scheme.versionId", equalTo(id));
        }
    }

    @Nested
    class Performance {

        @Test
        void reviewersSeeEveryOfficerAndUnitWithEachFilesComputation() {
            JsonPath json = reviewer().get("/api/v1/performance/" + PERIOD).then().statusCode(200)
                    .body("schemeVersion", equalTo("default-v1")).extract().jsonPath();
            assertThat(json.getString("units.find { it.unitId == '" + scenario.u1 + "' }.points")).isEqualTo("22.0");
            assertThat(json.getList("officers.findAll { it.officerId == '" + scenario.b + "' }.points").toString())
                    .isEqualTo("[13.6]");
            assertThat(json.getString("officers.find { it.officerId == '" + scenario.a + "' }.files[0].computation.formula"))
                    .isEqualTo("基础分 10 × 等次系数 1.2 = 12.00");
        }

        @Test
        void aLegalOfficerSeesHisUnitAndAnOfficerHisOwnLines() {
            legalOfficer(scenario.u1).get("/api/v1/performance/" + PERIOD).then().statusCode(200)
                    .body("units.unitId", equalTo(List.of(scenario.u1)))
                    .body("officers.unitId", everyItemIs(scenario.u1));
            legalOfficer(scenario.u1).get("/api/v1/performance/" + PERIOD + "?unitId=" + scenario.u2).then()
                    .statusCode(403);
            officer(scenario.b, scenario.u1).get("/api/v1/performance/" + PERIOD).then().statusCode(200)
                    .body("officers.officerId", equalTo(List.of(scenario.b))).body("units", hasSize(0))
                    .body("officers[0].files", hasSize(2));
        }

        @Test
        void aBadPeriodIsA400NamingIt() {
            reviewer().get("/api/v1/performance/2031-13").then().statusCode(400)
                    .body("code", equalTo("INVALID_PERIOD")).body("errors[0].field", equalTo("period"));
            reviewer().get("/api/v1/performance/garbage").then().statusCode(400);
            given().get("/api/v1/performance/2031").then().statusCode(401);
        }
    }

    static org.hamcrest.Matcher<Iterable<? extends String>> everyItemIs(String value) {
        return org.hamcrest.Matchers.everyItem(equalTo(value));
    }

    @Nested
    class Funding {

        String allocate(String pool) {
            return reviewer().contentType(ContentType.JSON).body("{\"period\": \"" + PERIOD + "\", \"pool\": \"" + pool + "\"}")
                    .post("/api/v1/funding-allocations").then().statusCode(201).extract().jsonPath().getString("id");
        }

        /*
         * 12 000 000 cents by 22 : 4 → unit 1 quota 10 153 846.15, unit 2 1 846 153.85; one cent left, to unit 2
         * (larger remainder): 101538.46 + 18461.54. Unit 1 by a 12.00 : b 13.60 → a 4 759 615.31, b 5 394 230.69;
         * the cent left to b: 47596.15 + 53942.31 = 101538.46.
         */
        @Test
        void aPoolIsSplitToTheCentAtBothLevels() {
            String id = allocate("120000.00");
            JsonPath json = leadership().get("/api/v1/funding-allocations/" + id).then().statusCode(200)
                    .body("state", equalTo("DRAFT")).body("pool", equalTo("120000.00")).extract().jsonPath();
            String u1 = "units.find { it.unitId == '" + scenario.u1 + "' }";
            assertThat(json.getString(u1 + ".amount")).isEqualTo("101538.46");
            assertThat(json.getString("units.find { it.unitId == '" + scenario.u2 + "' }.amount")).isEqualTo("18461.54");
            assertThat(json.getString(u1 + ".officers.find { it.officerId == '" + scenario.a + "' }.amount"))
                    .isEqualTo("47596.15");
            assertThat(json.getString(u1 + ".officers.find { it.officerId == '" + scenario.b + "' }.amount"))
                    .isEqualTo("53942.31");
            assertThat(json.getString(u1 + ".quota")).isEqualTo("101538.461538");
        }

        @Test
        void rolesAreEnforcedAndEachSeesHisPart() {
            officer(scenario.a, scenario.u1).contentType(ContentType.JSON).body("{\"period\": \"2031-Q1\", \"pool\": \"1.00\"}")
                    .post("/api/v1/funding-allocations").then().statusCode(403);
            String id = allocate("1000.00");
            officer(scenario.a, scenario.u1).get("/api/v1/funding-allocations/" + id).then().statusCode(200)
                    .body("units", hasSize(1)).body("units[0].officers.officerId", equalTo(List.of(scenario.a)));
            legalOfficer(scenario.u2).get("/api/v1/funding-allocations/" + id).then().statusCode(200)
                    .body("units.unitId", equalTo(List.of(scenario.u2)));
            reviewer().post("/api/v1/funding-allocations/" + id + "/approval").then().statusCode(403);
            officer(scenario.a, scenario.u1).get("/api/v1/funding-allocations/" + id + "/export").then().statusCode(403);
            reviewer().get("/api/v1/funding-allocations/missing").then().statusCode(404)
                    .body("code", equalTo("ALLOCATION_NOT_FOUND"));
        }

        @Test
        void badInputIsA400AndNoPointsA409() {
            for (String pool : List.of("0", "-1", "1.234", "abc", "")) {
                reviewer().contentType(ContentType.JSON).body("{\"period\": \"2031-Q1\", \"pool\": \"" + pool + "\"}")
                        .post("/api/v1/funding-allocations").then().statusCode(400).body("errors[0].field", equalTo("pool"));
            }
            reviewer().contentType(ContentType.JSON).body("{\"period\": \"2031-Q9\", \"pool\": \"1.00\"}")
                    .post("/api/v1/funding-allocations").then().statusCode(400).body("code", equalTo("INVALID_PERIOD"));
            reviewer().contentType(ContentType.JSON).body("{\"period\": \"2039\", \"pool\": \"1.00\"}")
                    .post("/api/v1/funding-allocations").then().statusCode(409).body("code", equalTo("NO_POINTS"));
            reviewer().contentType(ContentType.JSON).body("[1]").post("/api/v1/funding-allocations").then().statusCode(400);
            reviewer().contentType(ContentType.JSON).post("/api/v1/funding-allocations").then().statusCode(400);
        }

        @Test
        void approvalFreezesAndANewAllocationIsTheNextVersion() {
            String first = allocate("500.00");
            leadership().post("/api/v1/funding-allocations/" + first + "/approval").then().statusCode(200)
                    .body("state", equalTo("APPROVED")).body("approvedBy", equalTo("leader-1"));
            int version = leadership().get("/api/v1/funding-allocations/" + first).then().extract().jsonPath().getInt("version");
            leadership().post("/api/v1/funding-allocations/" + first + "/approval").then().statusCode(409)
                    .body("code", equalTo("ALLOCATION_ALREADY_APPROVED"));
            String second = allocate("700.00");
            leadership().post("/api/v1/funding-allocations/" + second + "/approval").then().statusCode(200)
                    .body("version", equalTo(version + 1));
            leadership().get("/api/v1/funding-allocations/" + first).then().statusCode(200)
                    .body("version", equalTo(version)).body("pool", equalTo("500.00"));
            long events = db.withHandle(h -> h.createQuery(
                    "SELECT count(*) FROM outbox WHERE record_key = :id AND payload LIKE '%FundingAllocationApproved%'")
                    .bind("id", first).mapTo(Long.class).one());
            assertThat(events).isEqualTo(1);
            reviewer().get("/api/v1/funding-allocations?period=" + PERIOD).then().statusCode(200)
                    .body("items.id", hasItem(first));
        }

        @Test
        void theExportIsAWorkbookAndThePageDrawsTheChart() {
            String id = allocate("800.00");
            byte[] xlsx = reviewer().get("/api/v1/funding-allocations/" + id + "/export").then().statusCode(200)
                    .contentType(containsString("spreadsheetml")).extract().asByteArray();
            assertThat(new String(xlsx, 0, 2)).isEqualTo("PK");
            leadership().get("/funding-allocations/" + id).then().statusCode(200)
                    .contentType(containsString("text/html")).body(containsString("<svg"))
                    .body(containsString("城关派出所"));
        }
    }
}
