package cn.kaoping.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import cn.kaoping.web.probe.ProbeRegistry;
import cn.kaoping.web.probe.TestKeys;
import cn.kaoping.web.security.Roles;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What a careful attacker and a clumsy portal tried (issue #11), each answered with a 4xx problem and never a 5xx
 * or a silent misreading: tokens that verify but say too little, bodies and parameters that do not mean one thing,
 * and the headers every answer carries.
 */
@QuarkusTest
@QuarkusTestResource(TestKeys.class)
class HardeningTest {

    private static final String PROBLEM = "application/problem+json";

    @Nested
    class Tokens {

        @Test
        void a_signed_token_without_a_subject_is_401_even_for_a_read() {
            String token = Jwt.issuer(TestKeys.ISSUER).groups(Set.of(Roles.REVIEWER)).claim("unit", "unit-a").sign();
            given().auth().oauth2(token).get("/probe/reviewer").then().statusCode(401).contentType(PROBLEM)
                    .body("code", equalTo("UNAUTHENTICATED"));
        }

        @Test
        void an_empty_subject_is_401() {
            String token = Jwt.issuer(TestKeys.ISSUER).subject("").groups(Set.of(Roles.REVIEWER)).claim("unit", "unit-a")
                    .sign();
            given().auth().oauth2(token).get("/probe/reviewer").then().statusCode(401);
        }

        @Test
        void groups_given_as_a_string_are_not_read_as_roles() {
            String token = Jwt.issuer(TestKeys.ISSUER).subject("r-1").claim("groups", Roles.REVIEWER)
                    .claim("unit", "unit-a").sign();
            given().auth().oauth2(token).get("/probe/reviewer").then().statusCode(401);
        }

        @Test
        void a_token_issued_in_the_future_is_401() {
            Instant later = Instant.now().plus(Duration.ofHours(1));
            String token = Jwt.issuer(TestKeys.ISSUER).subject("r-1").groups(Set.of(Roles.REVIEWER))
                    .claim("unit", "unit-a").issuedAt(later).expiresAt(later.plus(Duration.ofHours(1))).sign();
            given().auth().oauth2(token).get("/probe/reviewer").then().statusCode(401);
        }

        @Test
        void a_token_older_than_the_maximum_age_is_401_though_not_expired() {
            Instant issued = Instant.now().minus(Duration.ofHours(25));
            String token = Jwt.issuer(TestKeys.ISSUER).subject("r-1").groups(Set.of(Roles.REVIEWER))
                    .claim("unit", "unit-a").issuedAt(issued).expiresAt(Instant.now().plus(Duration.ofHours(1))).sign();
            given().auth().oauth2(token).get("/probe/reviewer").then().statusCode(401);
        }

        @Test
        void a_token_without_a_unit_is_401_for_every_role_but_admin() {
            for (String role : Roles.ALL) {
                String token = Jwt.issuer(TestKeys.ISSUER).subject("u-1").groups(Set.of(role)).sign();
                given().auth().oauth2(token).get("/probe/public").then()
                        .statusCode(Roles.ADMIN.equals(role) ? 200 : 401);
            }
            String blankUnit = Jwt.issuer(TestKeys.ISSUER).subject("u-1").groups(Set.of(Roles.REVIEWER))
                    .claim("unit", " ").sign();
            given().auth().oauth2(blankUnit).get("/probe/public").then().statusCode(401);
            String numericUnit = Jwt.issuer(TestKeys.ISSUER).subject("u-1").groups(Set.of(Roles.REVIEWER))
                    .claim("unit", 7).sign();
            given().auth().oauth2(numericUnit).get("/probe/public").then().statusCode(401);
        }

        @Test
        void a_proper_token_still_passes() {
            String token = Jwt.issuer(TestKeys.ISSUER).subject("r-1").groups(Set.of(Roles.REVIEWER))
                    .claim("unit", "unit-a").sign();
            given().auth().oauth2(token).get("/probe/reviewer").then().statusCode(200).body("id", equalTo("r-1"));
        }
    }

    /** The officer registry of {@link cn.kaoping.web.probe.ProbeRegistry} knows better than the token. */
    @Nested
    class Registry {

        @Test
        void a_registered_officer_acts_for_the_unit_the_registry_gives_not_the_one_his_token_names() {
            String token = Jwt.issuer(TestKeys.ISSUER).subject(ProbeRegistry.TRANSFERRED).claim("unit", "unit-a")
                    .groups(Set.of(Roles.UNIT_LEGAL_OFFICER)).sign();
            given().auth().oauth2(token).get("/probe/units/unit-a").then().statusCode(403).contentType(PROBLEM);
            given().auth().oauth2(token).get("/probe/units/unit-b").then().statusCode(200)
                    .body("unitId", equalTo("unit-b"));
        }

        @Test
        void roles_the_registry_does_not_grant_are_not_taken_from_the_token() {
            String token = Jwt.issuer(TestKeys.ISSUER).subject(ProbeRegistry.TRANSFERRED).claim("unit", "unit-b")
                    .groups(Set.of(Roles.UNIT_LEGAL_OFFICER, Roles.REVIEWER)).sign();
            given().auth().oauth2(token).get("/probe/reviewer").then().statusCode(403);
        }

        @Test
        void a_deactivated_officer_holds_no_role() {
            String token = Jwt.issuer(TestKeys.ISSUER).subject(ProbeRegistry.DEACTIVATED).claim("unit", "unit-a")
                    .groups(Set.of(Roles.REVIEWER)).sign();
            given().auth().oauth2(token).get("/probe/reviewer").then().statusCode(403);
        }

        @Test
        void an_officer_the_registry_does_not_know_is_taken_by_his_token() {
            String token = Jwt.issuer(TestKeys.ISSUER).subject("not-registered").claim("unit", "unit-a")
                    .groups(Set.of(Roles.UNIT_LEGAL_OFFICER)).sign();
            given().auth().oauth2(token).get("/probe/units/unit-a").then().statusCode(200);
        }
    }

    @Nested
    class Bodies {

        @Test
        void a_field_given_twice_is_malformed_json_not_a_500() {
            given().contentType(ContentType.JSON).body("{\"code\":\"X\",\"name\":\"x\",\"name\":null}")
                    .post("/probe/tagged").then().statusCode(400).contentType(PROBLEM)
                    .body("code", equalTo("MALFORMED_JSON"));
        }

        @Test
        void an_enum_given_by_its_ordinal_is_refused() {
            given().contentType(ContentType.JSON).body("{\"code\":\"X\",\"kind\":1}")
                    .post("/probe/tagged").then().statusCode(400).body("code", equalTo("MALFORMED_JSON"))
                    .body("errors.field", hasItem("kind"));
        }

        @Test
        void an_integer_or_a_boolean_given_as_a_string_is_refused() {
            given().contentType(ContentType.JSON).body("{\"code\":\"X\",\"count\":\"2\"}")
                    .post("/probe/tagged").then().statusCode(400).body("errors.field", hasItem("count"));
            given().contentType(ContentType.JSON).body("{\"code\":\"X\",\"flag\":\"true\"}")
                    .post("/probe/tagged").then().statusCode(400).body("errors.field", hasItem("flag"));
            given().contentType(ContentType.JSON).body("{\"code\":7}")
                    .post("/probe/tagged").then().statusCode(400).body("errors.field", hasItem("code"));
        }

        @Test
        void a_nul_character_in_a_body_text_is_refused() {
            given().contentType(ContentType.JSON).body("{\"code\":\"X\\u0000Y\"}")
                    .post("/probe/tagged").then().statusCode(400).body("code", equalTo("MALFORMED_JSON"));
        }

        @Test
        void a_proper_body_still_passes() {
            given().contentType(ContentType.JSON).body("{\"code\":\"X\",\"kind\":\"LICENCE\",\"count\":2,\"flag\":true}")
                    .post("/probe/tagged").then().statusCode(200).body("kind", equalTo("LICENCE"));
        }
    }

    @Nested
    class Parameters {

        @Test
        void a_nul_character_in_a_path_or_a_query_is_400() {
            given().urlEncodingEnabled(false).get("/probe/echo/a%00b").then().statusCode(400).contentType(PROBLEM);
            given().urlEncodingEnabled(false).get("/probe/echo/a?q=x%00y").then().statusCode(400).contentType(PROBLEM);
            given().get("/probe/echo/a?q=xy").then().statusCode(200);
        }

        @Test
        void page_and_size_that_are_not_integers_are_400_naming_the_parameter() {
            given().get("/probe/paged?page=abc").then().statusCode(400).contentType(PROBLEM)
                    .body("errors.field", hasItem("page"));
            given().get("/probe/paged?size=1.5").then().statusCode(400).body("errors.field", hasItem("size"));
            given().get("/probe/paged?size=501").then().statusCode(400).body("errors.field", hasItem("size"));
            given().get("/probe/paged?page=99999999999").then().statusCode(400).body("errors.field", hasItem("page"));
            given().get("/probe/paged?page=2&size=10").then().statusCode(200).body("offset", equalTo(20));
            given().get("/probe/paged").then().statusCode(200).body("size", equalTo(50));
        }
    }

    @Nested
    class Headers {

        @Test
        void a_location_is_a_path_never_the_host_the_request_named() {
            given().header("Host", "evil.example:666").post("/probe/things").then().statusCode(201)
                    .header("Location", equalTo("/probe/things/7?version=1"));
        }

        @Test
        void every_answer_carries_the_security_headers_errors_included() {
            for (String path : new String[] {"/probe/public", "/probe/reviewer", "/probe/missing/x"}) {
                given().get(path).then()
                        .header("X-Content-Type-Options", "nosniff")
                        .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                        .header("Referrer-Policy", "no-referrer")
                        .header("Cache-Control", "no-store");
            }
        }
    }
}
