package cn.kaoping.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import cn.kaoping.web.probe.TestKeys;
import cn.kaoping.web.security.Roles;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * In a running Quarkus application: every failure answers {@code application/problem+json} with the
 * agreed code, in Chinese by default and English on request, and the caller is read from a real JWT.
 */
@QuarkusTest
@QuarkusTestResource(TestKeys.class)
class ProblemAnswersTest {

    private static final String PROBLEM = "application/problem+json";

    private static String token(String subject, String unit, String... groups) {
        return Jwt.issuer(TestKeys.ISSUER).subject(subject).upn(subject).groups(Set.of(groups))
                .claim("unit", unit).claim("name", "王磊").sign();
    }

    @Test
    void without_a_token_a_protected_endpoint_answers_401_problem() {
        given().when().get("/probe/reviewer").then()
                .statusCode(401)
                .contentType(PROBLEM)
                .header("WWW-Authenticate", "Bearer")
                .body("code", equalTo("UNAUTHENTICATED"))
                .body("status", equalTo(401))
                .body("title", equalTo("未登录"));
    }

    @Test
    void a_token_that_does_not_verify_answers_401_problem() {
        given().auth().oauth2("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.bm90LWEtc2lnbmF0dXJl")
                .when().get("/probe/reviewer").then()
                .statusCode(401)
                .contentType(PROBLEM)
                .body("code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void a_role_that_is_not_allowed_answers_403_problem() {
        given().auth().oauth2(token("p-3", "unit-a", Roles.OFFICER))
                .when().get("/probe/reviewer").then()
                .statusCode(403)
                .contentType(PROBLEM)
                .body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void the_caller_is_read_from_the_token() {
        given().auth().oauth2(token("p-1", "unit-a", Roles.REVIEWER))
                .when().get("/probe/reviewer").then()
                .statusCode(200)
                .body("id", equalTo("p-1"))
                .body("name", equalTo("王磊"))
                .body("unitId", equalTo("unit-a"))
                .body("roles", hasItems(Roles.REVIEWER));
    }

    @Test
    void a_unit_legal_officer_reaches_their_own_unit_and_gets_403_problem_for_another() {
        String legalOfficer = token("p-2", "unit-a", Roles.UNIT_LEGAL_OFFICER);

        given().auth().oauth2(legalOfficer).when().get("/probe/units/unit-a").then().statusCode(200);
        given().auth().oauth2(legalOfficer).header("Accept-Language", "en")
                .when().get("/probe/units/unit-b").then()
                .statusCode(403)
                .contentType(PROBLEM)
                .header("Content-Language", "en")
                .body("detail", equalTo("You may not see or act on the data of this unit."));
    }

    @Test
    void an_invalid_body_answers_400_problem_with_one_error_per_field() {
        given().contentType(ContentType.JSON)
                .body("{\"caseNumber\":\" \",\"findings\":[{\"itemCode\":\"A1\",\"points\":11}]}")
                .when().post("/probe/registrations").then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", hasItems("caseNumber", "findings[0].points"))
                .body("errors.find { it.field == 'findings[0].points' }.message", equalTo("不能大于 10"));
    }

    @Test
    void validation_messages_are_in_english_on_request() {
        given().contentType(ContentType.JSON).header("Accept-Language", "en-US,en;q=0.9")
                .body("{\"caseNumber\":\"\"}")
                .when().post("/probe/registrations").then()
                .statusCode(400)
                .body("errors[0].field", equalTo("caseNumber"))
                .body("errors[0].message", equalTo("must not be blank"))
                .body("title", equalTo("Invalid request data"));
    }

    @Test
    void a_query_parameter_out_of_range_answers_400_problem_naming_it() {
        given().when().get("/probe/page?size=600").then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    void a_body_that_is_not_json_answers_400_malformed_json() {
        given().contentType(ContentType.JSON).body("{\"caseNumber\": ")
                .when().post("/probe/registrations").then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("code", equalTo("MALFORMED_JSON"));
    }

    @Test
    void a_value_of_the_wrong_type_answers_400_malformed_json_naming_the_field() {
        given().contentType(ContentType.JSON)
                .body("{\"caseNumber\":\"2017-001\",\"findings\":[{\"itemCode\":\"A1\",\"points\":\"three\"}]}")
                .when().post("/probe/registrations").then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("code", equalTo("MALFORMED_JSON"))
                .body("errors[0].field", equalTo("findings[0].points"));
    }

    @Test
    void a_missing_thing_answers_404_problem_with_the_services_own_message() {
        given().when().get("/probe/missing/2017-001").then()
                .statusCode(404)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:kaoping:problem:not-found"))
                .body("detail", equalTo("案件 2017-001 不存在。"));
    }

    @Test
    void an_unknown_path_answers_404_problem() {
        given().when().get("/no-such-path").then()
                .statusCode(404)
                .contentType(PROBLEM)
                .body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void a_wrong_method_answers_405_problem() {
        given().when().delete("/probe/public").then()
                .statusCode(405)
                .contentType(PROBLEM)
                .body("code", equalTo("METHOD_NOT_ALLOWED"));
    }

    @Test
    void an_unexpected_error_answers_500_problem_without_internals() {
        given().when().get("/probe/boom").then()
                .statusCode(500)
                .contentType(PROBLEM)
                .body("code", equalTo("INTERNAL_ERROR"))
                .body(not(containsString("secret")));
    }

    @Test
    void a_public_endpoint_needs_no_token() {
        given().when().get("/probe/public").then().statusCode(200).body(equalTo("ok"));
    }
}
