package cn.kaoping.publicity;

import static cn.kaoping.publicity.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import cn.kaoping.runtime.db.Db;
import cn.kaoping.publicity.support.Api;
import cn.kaoping.publicity.support.Applied;
import cn.kaoping.fixtures.EventFeed;
import cn.kaoping.fixtures.EvaluationEvents;
import cn.kaoping.fixtures.EvaluationEvents.File;
import cn.kaoping.publicity.support.TestMonths;
import cn.kaoping.publicity.support.Tokens;
import cn.kaoping.servers.Infrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every endpoint of the publicity table: role and unit rules, and its problem+json errors. */
@QuarkusTest
class AccessAndErrorsTest {

    static final String PROBLEM = "application/problem+json";

    @Inject
    Db db;

    YearMonth month;
    String unit1;
    String unit2;
    String officer1;
    String officer2;

    /** Two units with one officer each, in a month of their own. */
    @BeforeEach
    void twoUnits() {
        month = TestMonths.fresh();
        unit1 = EvaluationEvents.id("u1");
        unit2 = EvaluationEvents.id("u2");
        officer1 = EvaluationEvents.id("o1");
        officer2 = EvaluationEvents.id("o2");
        EventFeed feed = EventFeed.shared();
        Applied.await(db, feed.send(EvaluationEvents.unit(unit1, "A1", "甲所")), feed.send(EvaluationEvents.unit(unit2, "A2", "乙所")),
                feed.send(EvaluationEvents.officer(officer1, "100001", "甲警", unit1)),
                feed.send(EvaluationEvents.officer(officer2, "100002", "乙警", unit2)),
                feed.send(EvaluationEvents.reviewed(File.of(unit1, officer1), month, "4.0")),
                feed.send(EvaluationEvents.reviewed(File.of(unit2, officer2), month, "1.0")));
    }

    static ValidatableResponse problem(io.restassured.response.Response response, int status, String code) {
        return response.then().statusCode(status).contentType(PROBLEM).body("status", equalTo(status))
                .body("code", equalTo(code));
    }

    RequestSpecification anonymous() {
        return given();
    }

    @Test
    void without_a_valid_token_every_api_endpoint_answers_401() {
        String m = month.toString();
        List<Function<RequestSpecification, io.restassured.response.Response>> calls = List.of(
                r -> r.get("/api/v1/monthly-lists/{m}", m),
                r -> r.post("/api/v1/monthly-lists/{m}/publication", m),
                r -> r.get("/api/v1/monthly-lists/{m}/export", m),
                r -> r.get("/api/v1/red-cards/{m}", m),
                r -> r.contentType(ContentType.JSON).body(Map.of("month", m)).post("/api/v1/bulletins"),
                r -> r.contentType(ContentType.JSON).body(Map.of("title", "t", "body", "b")).put("/api/v1/bulletins/x"),
                r -> r.post("/api/v1/bulletins/x/publication"),
                r -> r.get("/api/v1/bulletins"),
                r -> r.get("/api/v1/bulletins/x"),
                r -> r.contentType(ContentType.JSON).body(Map.of("caseFileId", "f", "title", "t", "body", "b"))
                        .post("/api/v1/commentaries"),
                r -> r.post("/api/v1/commentaries/x/publication"),
                r -> r.get("/api/v1/commentaries"),
                r -> r.get("/api/v1/digests/{m}", m),
                r -> r.post("/api/v1/projections/rebuild"),
                r -> r.get("/api/v1/projections"));
        for (var call : calls) {
            problem(call.apply(anonymous()), 401, "UNAUTHENTICATED").header("WWW-Authenticate", startsWith("Bearer"));
            String expired = "Bearer " + Infrastructure.shared().tokens().mintExpired("r", null, "REVIEWER");
            problem(call.apply(given().header("Authorization", expired)), 401, "UNAUTHENTICATED");
        }
    }

    @Test
    void the_monthly_list_follows_role_and_unit() {
        JsonPath all = Api.liveList(month);
        assertThat(all.getList("officers.officerId")).containsExactly(officer1, officer2);
        for (String token : List.of(Tokens.leadership(), Tokens.admin())) {
            assertThat(as(token).get("/api/v1/monthly-lists/{m}", month.toString()).then().statusCode(200).extract()
                    .jsonPath().getList("officers.officerId")).containsExactly(officer1, officer2);
        }
        assertThat(as(Tokens.reviewer()).queryParam("unitId", unit2).get("/api/v1/monthly-lists/{m}", month.toString())
                .then().statusCode(200).extract().jsonPath().getList("officers.officerId")).containsExactly(officer2);

        JsonPath legal = as(Tokens.legalOfficer(unit1)).get("/api/v1/monthly-lists/{m}", month.toString())
                .then().statusCode(200).extract().jsonPath();
        assertThat(legal.getList("officers.officerId")).containsExactly(officer1);
        assertThat(legal.getList("units.unitId")).containsExactly(unit1);
        problem(as(Tokens.legalOfficer(unit1)).queryParam("unitId", unit2)
                .get("/api/v1/monthly-lists/{m}", month.toString()), 403, "FORBIDDEN");

        JsonPath own = as(Tokens.officer(officer2, unit2)).get("/api/v1/monthly-lists/{m}", month.toString())
                .then().statusCode(200).extract().jsonPath();
        assertThat(own.getList("officers.officerId")).containsExactly(officer2);
        assertThat(own.getList("units")).isEmpty();
        problem(as(Tokens.officer(officer2, unit2)).queryParam("unitId", unit1)
                .get("/api/v1/monthly-lists/{m}", month.toString()), 403, "FORBIDDEN");
        problem(as(Tokens.mint("nobody", unit1)).get("/api/v1/monthly-lists/{m}", month.toString()), 403, "FORBIDDEN");
    }

    @Test
    void the_monthly_list_refuses_bad_parameters_and_unknown_versions() {
        problem(as(Tokens.reviewer()).get("/api/v1/monthly-lists/2017-13"), 400, "VALIDATION_FAILED")
                .body("errors[0].field", equalTo("month"));
        problem(as(Tokens.reviewer()).get("/api/v1/monthly-lists/May"), 400, "VALIDATION_FAILED");
        problem(as(Tokens.reviewer()).queryParam("size", 501).get("/api/v1/monthly-lists/{m}", month.toString()),
                400, "VALIDATION_FAILED").body("errors[0].field", equalTo("size"));
        problem(as(Tokens.reviewer()).queryParam("page", -1).get("/api/v1/monthly-lists/{m}", month.toString()),
                400, "VALIDATION_FAILED");
        problem(as(Tokens.reviewer()).queryParam("version", 0).get("/api/v1/monthly-lists/{m}", month.toString()),
                400, "VALIDATION_FAILED");
        problem(as(Tokens.reviewer()).queryParam("version", 7).get("/api/v1/monthly-lists/{m}", month.toString()),
                404, "NOT_FOUND").body("detail", equalTo(month + " 的清单没有第 7 版。"));
        problem(as(Tokens.reviewer()).header("Accept-Language", "en").queryParam("version", 7)
                .get("/api/v1/monthly-lists/{m}", month.toString()), 404, "NOT_FOUND")
                .body("detail", equalTo(month + " has no published version 7.")).header("Content-Language", "en");

        JsonPath paged = as(Tokens.reviewer()).queryParam("size", 1).queryParam("page", 1)
                .get("/api/v1/monthly-lists/{m}", month.toString()).then().statusCode(200).extract().jsonPath();
        assertThat(paged.getList("officers.officerId")).containsExactly(officer2);
        assertThat(paged.getInt("total")).isEqualTo(2);
    }

    @Test
    void only_a_reviewer_publishes_and_an_empty_month_has_nothing_to_publish() {
        for (String token : List.of(Tokens.leadership(), Tokens.admin(), Tokens.legalOfficer(unit1),
                Tokens.officer(officer1, unit1))) {
            problem(as(token).post("/api/v1/monthly-lists/{m}/publication", month.toString()), 403, "FORBIDDEN");
        }
        problem(as(Tokens.reviewer()).post("/api/v1/monthly-lists/2017-00/publication"), 400, "VALIDATION_FAILED");
        YearMonth empty = TestMonths.fresh();
        problem(as(Tokens.reviewer()).post("/api/v1/monthly-lists/{m}/publication", empty.toString()),
                409, "MONTHLY_LIST_EMPTY").body("title", equalTo("本月没有可发布的清单"));
        problem(as(Tokens.reviewer()).header("Accept-Language", "en-US,en;q=0.9")
                .post("/api/v1/monthly-lists/{m}/publication", empty.toString()), 409, "MONTHLY_LIST_EMPTY")
                .body("title", equalTo("Nothing to publish for this month"));
    }

    @Test
    void the_export_is_for_reviewers_leadership_and_legal_officers_of_their_own_unit() {
        problem(as(Tokens.officer(officer1, unit1)).get("/api/v1/monthly-lists/{m}/export", month.toString()),
                403, "FORBIDDEN");
        problem(as(Tokens.admin()).get("/api/v1/monthly-lists/{m}/export", month.toString()), 403, "FORBIDDEN");
        problem(as(Tokens.legalOfficer(unit1)).queryParam("unitId", unit2)
                .get("/api/v1/monthly-lists/{m}/export", month.toString()), 403, "FORBIDDEN");
        problem(as(Tokens.reviewer()).queryParam("version", 3)
                .get("/api/v1/monthly-lists/{m}/export", month.toString()), 404, "NOT_FOUND");
        problem(as(Tokens.reviewer()).get("/api/v1/monthly-lists/x/export"), 400, "VALIDATION_FAILED");
        for (String token : List.of(Tokens.reviewer(), Tokens.leadership(), Tokens.legalOfficer(unit1))) {
            as(token).get("/api/v1/monthly-lists/{m}/export", month.toString()).then().statusCode(200)
                    .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        }
    }

    @Test
    void red_cards_are_for_every_signed_in_role() {
        JsonPath redCards = as(Tokens.officer(officer2, unit2)).get("/api/v1/red-cards/{m}", month.toString())
                .then().statusCode(200).extract().jsonPath();
        assertThat(redCards.getString("status")).isEqualTo("LIVE");
        assertThat(redCards.getList("redCards.officerId")).containsExactly(officer1);
        problem(as(Tokens.officer(officer2, unit2)).get("/api/v1/red-cards/2017-1"), 400, "VALIDATION_FAILED");
        problem(as(Tokens.officer(officer2, unit2)).queryParam("version", 2)
                .get("/api/v1/red-cards/{m}", month.toString()), 404, "NOT_FOUND");
    }

    @Test
    void bulletins_are_written_by_reviewers_with_valid_content() {
        for (String token : List.of(Tokens.leadership(), Tokens.admin(), Tokens.legalOfficer(unit1))) {
            problem(as(token).contentType(ContentType.JSON).body(Map.of("month", month.toString()))
                    .post("/api/v1/bulletins"), 403, "FORBIDDEN");
            problem(as(token).contentType(ContentType.JSON).body(Map.of("title", "t", "body", "b"))
                    .put("/api/v1/bulletins/x"), 403, "FORBIDDEN");
            problem(as(token).post("/api/v1/bulletins/x/publication"), 403, "FORBIDDEN");
        }
        problem(as(Tokens.reviewer()).contentType(ContentType.JSON).body(Map.of()).post("/api/v1/bulletins"),
                400, "VALIDATION_FAILED").body("errors[0].field", equalTo("month"));
        problem(as(Tokens.reviewer()).contentType(ContentType.JSON).body(Map.of("month", "2017/05"))
                .post("/api/v1/bulletins"), 400, "VALIDATION_FAILED");
        problem(as(Tokens.reviewer()).contentType(ContentType.JSON).body("{\"month\": ")
                .post("/api/v1/bulletins"), 400, "MALFORMED_JSON");
        problem(as(Tokens.reviewer()).contentType(ContentType.JSON).body(Map.of("title", "", "body", "b"))
                .put("/api/v1/bulletins/no-such-bulletin"), 400, "VALIDATION_FAILED")
                .body("errors[0].field", equalTo("title"));
        problem(as(Tokens.reviewer()).contentType(ContentType.JSON).body(Map.of("title", "t", "body", "b"))
                .put("/api/v1/bulletins/no-such-bulletin"), 404, "NOT_FOUND");
        problem(as(Tokens.reviewer()).post("/api/v1/bulletins/no-such-bulletin/publication"), 404, "NOT_FOUND");
        problem(as(Tokens.officer(officer1, unit1)).get("/api/v1/bulletins/no-such-bulletin"), 404, "NOT_FOUND");
        problem(as(Tokens.officer(officer1, unit1)).queryParam("size", 0).get("/api/v1/bulletins"), 400,
                "VALIDATION_FAILED");
        as(Tokens.officer(officer1, unit1)).get("/api/v1/bulletins").then().statusCode(200);
    }

    @Test
    void commentaries_are_written_by_reviewers_with_valid_content() {
        for (String token : List.of(Tokens.leadership(), Tokens.officer(officer1, unit1))) {
            problem(as(token).contentType(ContentType.JSON)
                    .body(Map.of("caseFileId", "f", "title", "t", "body", "b")).post("/api/v1/commentaries"),
                    403, "FORBIDDEN");
            problem(as(token).post("/api/v1/commentaries/x/publication"), 403, "FORBIDDEN");
        }
        problem(as(Tokens.reviewer()).contentType(ContentType.JSON).body(Map.of("caseFileId", "f"))
                .post("/api/v1/commentaries"), 400, "VALIDATION_FAILED");
        problem(as(Tokens.reviewer()).post("/api/v1/commentaries/no-such/publication"), 404, "NOT_FOUND");
        problem(as(Tokens.reviewer()).contentType(ContentType.JSON).body(Map.of("title", "t", "body", "b"))
                .put("/api/v1/commentaries/no-such"), 404, "NOT_FOUND");
        problem(as(Tokens.reviewer()).get("/api/v1/commentaries/no-such"), 404, "NOT_FOUND");
        problem(as(Tokens.reviewer()).queryParam("size", 501).get("/api/v1/commentaries"), 400, "VALIDATION_FAILED");
    }

    @Test
    void the_digest_and_the_projection_endpoints_refuse_what_they_should() {
        problem(as(Tokens.officer(officer1, unit1)).get("/api/v1/digests/{m}", month.toString()), 404, "NOT_FOUND");
        problem(as(Tokens.officer(officer1, unit1)).get("/api/v1/digests/17-05"), 400, "VALIDATION_FAILED");
        for (String token : List.of(Tokens.leadership(), Tokens.legalOfficer(unit1), Tokens.officer(officer1, unit1))) {
            problem(as(token).post("/api/v1/projections/rebuild"), 403, "FORBIDDEN");
            problem(as(token).get("/api/v1/projections"), 403, "FORBIDDEN");
        }
    }
}
