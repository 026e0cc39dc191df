package cn.kaoping.testkit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What operators rely on in every service: liveness, readiness that checks the database and Kafka,
 * Prometheus metrics, the OpenAPI document and Swagger UI. A service's test extends this with
 * {@code @QuarkusTest} and the {@link KaopingTestResource} of its database.
 */
public abstract class OperationalEndpointsContract {

    /** The service's {@code quarkus.application.name}, e.g. {@code training-service}. */
    protected abstract String applicationName();

    @Test
    void readiness_checks_the_database_and_kafka() {
        given().when().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"));
    }

    @Test
    void liveness_is_up() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metrics_are_exposed_for_prometheus() {
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    /** Issue #11 rule 6: made-up paths cannot grow the metrics (one series per template, never per raw path). */
    @Test
    void a_wrong_method_on_a_made_up_path_adds_no_metric_named_by_that_path() {
        String madeUp = "made-up-" + java.util.UUID.randomUUID();
        given().when().delete("/api/v1/units/" + madeUp).then().statusCode(org.hamcrest.Matchers.anyOf(
                equalTo(401), equalTo(404), equalTo(405)));
        given().when().delete("/api/v1/" + madeUp).then().statusCode(org.hamcrest.Matchers.anyOf(
                equalTo(401), equalTo(404), equalTo(405)));
        given().when().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString(madeUp)));
    }

    @Test
    void the_openapi_document_names_the_service() {
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body("info.title", containsString(applicationName()));
    }

    /** The portal generates its client from this document (issue 12): stable, unique names and one bearer scheme. */
    @Test
    void every_operation_has_a_unique_operation_id_and_one_bearer_scheme_secures_them() {
        JsonPath document = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
        List<String> ids = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            assertThat(operation.get("operationId")).as(method + " " + path).isNotNull();
            ids.add((String) operation.get("operationId"));
        }));
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(document.getMap("components.securitySchemes")).containsOnlyKeys("bearerJwt");
    }

    @Test
    void swagger_ui_is_served() {
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }
}
