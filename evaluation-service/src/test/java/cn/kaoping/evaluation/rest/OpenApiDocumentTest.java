package cn.kaoping.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kaoping.testkit.KaopingTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The OpenAPI document describes every endpoint of the evaluation table of API.md, for the portal's authors. */
@QuarkusTest
@QuarkusTestResource(value = KaopingTestResource.class, initArgs = @ResourceArg(name = "database", value = "evaluation"))
class OpenApiDocumentTest {

    @Test
    void every_endpoint_is_documented() {
        JsonPath document = given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Object> paths = document.getMap("paths");

        assertThat(paths).containsKeys("/api/v1/units", "/api/v1/officers", "/api/v1/rulebook",
                "/api/v1/rulebook/versions", "/api/v1/case-files", "/api/v1/case-files/{id}",
                "/api/v1/case-files/{id}/pre-review", "/api/v1/case-files/{id}/submission",
                "/api/v1/case-files/{id}/reviews", "/api/v1/case-files/{id}/cards",
                "/api/v1/case-files/{id}/objection", "/api/v1/case-files/{id}/objection/decision",
                "/api/v1/statistics");
        assertThat(document.getString("paths.'/api/v1/case-files'.post.summary")).contains("登记案卷", "Register");
        assertThat(document.getMap("components.securitySchemes")).containsOnlyKeys("bearerJwt");
        // A page is HTML text, not the template engine's Java object; a month is a "yyyy-MM" string.
        assertThat(document.getString(
                "paths.'/statistics/reviewer-consistency'.get.responses.'200'.content.'text/html;charset=UTF-8'.schema.type"))
                .isEqualTo("string");
        assertThat(document.getMap("components.schemas")).doesNotContainKeys("EngineImpl", "YearMonth", "Locale");
        assertThat(document.getString("paths.'/api/v1/case-files/{id}/reviews'.post.operationId")).isEqualTo("reviewCaseFile");
    }
}
