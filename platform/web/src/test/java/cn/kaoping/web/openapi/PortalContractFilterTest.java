package cn.kaoping.web.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kaoping.web.probe.TestKeys;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The document a portal generates its client from (issue 12), read from the probe application: one bearer JWT
 * scheme and roles outside its scopes, every error with the problem schema, every operation tagged and described.
 */
@QuarkusTest
@QuarkusTestResource(TestKeys.class)
class PortalContractFilterTest {

    private JsonPath document;

    @BeforeEach
    void readTheDocument() {
        document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void there_is_one_bearer_jwt_scheme_and_no_role_is_written_as_a_scope() {
        Map<String, Object> schemes = document.getMap("components.securitySchemes");
        assertThat(schemes).containsOnlyKeys(BearerRoles.SCHEME);
        assertThat(document.getString("components.securitySchemes.bearerJwt.scheme")).isEqualTo("bearer");
        assertThat(document.getList("paths.'/probe/reviewer'.get.security.bearerJwt")).containsExactly(List.of());
        assertThat(document.getList("paths.'/probe/reviewer'.get.x-kaoping-roles")).containsExactly("REVIEWER");
        String description = document.getString("paths.'/probe/reviewer'.get.description");
        // Stated once, although the filter runs at build time and again at start-up.
        assertThat(description.split("角色 / Roles: REVIEWER", -1)).hasSize(2);
    }

    @Test
    void a_public_operation_claims_no_token() {
        assertThat(document.getList("paths.'/probe/public'.get.security")).isNull();
        assertThat(document.getString("paths.'/probe/public'.get.description")).contains("No token needed");
        assertThat(document.getList("security")).isNull();
    }

    @Test
    void every_error_an_operation_can_answer_is_a_problem() {
        Map<String, Object> responses = document.getMap("paths.'/probe/units/{unitId}'.get.responses");
        assertThat(responses).containsKeys("400", "401", "403", "404");
        assertThat(document.getString(
                "paths.'/probe/units/{unitId}'.get.responses.'404'.content.'application/problem+json'.schema.'$ref'"))
                .isEqualTo("#/components/schemas/Problem");
        assertThat(document.getList("components.schemas.Problem.required")).contains("code", "status");
        // A public operation without input refuses nothing a client could send.
        assertThat(document.getMap("paths.'/probe/public'.get.responses")).doesNotContainKeys("400", "401", "403", "404");
    }

    @Test
    void every_tag_an_operation_uses_is_declared_and_every_operation_is_described() {
        List<String> declared = document.getList("tags.name");
        Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            assertThat((String) operation.get("description")).as(method + " " + path).isNotBlank();
            List<String> tags = (List<String>) operation.get("tags");
            if (tags != null) {
                assertThat(declared).as(method + " " + path).containsAll(tags);
            }
        }));
    }
}
