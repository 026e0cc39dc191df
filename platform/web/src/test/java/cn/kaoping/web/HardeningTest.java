package cn.kaoping.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

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
            String token = Jwt.issuer(TestKeys.ISSUER).subject("").groups(Set.of(Roles.REVIEWER)).sign();
            given().auth().oauth2(token).get("/probe/reviewer").then().statusCode(401);
        }

        @Test
        void groups_given_as_a_string_are_not_read_as_roles() {
            String token = Jwt.issuer(TestKeys.ISSUER).subject("r-1").claim("groups", Roles.REVIEWER).sign();
            given().auth().oauth2(token).get("/probe/reviewer").then().statusCode(401);
        }

        @Test
        void a_token_issued_in_the_future_is_401() {
            Instant later = Instant.now().plus(Duration.ofHours(1));
            String token = Jwt.issuer(TestKeys.ISSUER).subject("r-1").groups(Set.of(Roles.REVIEWER))
                    .issuedAt(later).expiresAt(later.plus(Duration.ofHours(1))).sign();
            given().auth().oauth2(token).get("/probe/reviewer").then().statusCode(401);
        }

        @Test
        void a_token_older_than_the_maximum_age_is_401_though_not_expired() {
            Instant issued = Instant.now().minus(Duration.ofHours(25));
            String token = Jwt.issuer(TestKeys.ISSUER).subject("r-1").groups(Set.of(Roles.REVIEWER))
                    .issuedAt(issued).expiresAt(Instant.now().plus(Duration.ofHours(1))).sign();
            given().auth().oauth2(token).get("/probe/reviewer").then().statusCode(401);
        }

        @Test
        void a_proper_token_still_passes() {
            String token = Jwt.issuer(TestKeys.ISSUER).subject("r-1").groups(Set.of(Roles.REVIEWER)).sign();
            given().auth().oauth2(token).get("/probe/reviewer").then().statusCode(200).body("id", equalTo("r-1"));
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
