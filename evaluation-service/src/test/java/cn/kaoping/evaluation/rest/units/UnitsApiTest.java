package cn.kaoping.evaluation.rest.units;

import static cn.kaoping.evaluation.support.Api.anonymous;
import static cn.kaoping.evaluation.support.Api.as;
import static cn.kaoping.evaluation.support.Api.unique;
import static cn.kaoping.evaluation.support.Races.race;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

import cn.kaoping.evaluation.support.Api;
import cn.kaoping.evaluation.support.EventStoreRows;
import cn.kaoping.runtime.db.Db;
import cn.kaoping.testkit.KaopingTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = KaopingTestResource.class, initArgs = @ResourceArg(name = "database", value = "evaluation"))
class UnitsApiTest {

    @Inject
    Db db;

    private EventStoreRows events;
    private final String admin = Api.admin();

    @BeforeEach
    void setUp() {
        events = new EventStoreRows(db);
    }

    @Test
    void an_admin_registers_a_unit_and_reads_it_back_at_once() {
        String code = "CG-" + unique();
        String id = as(admin).body(Map.of("code", code, "name", "城关派出所"))
                .post("/api/v1/units")
                .then().statusCode(201)
                .header("Location", matchesPattern("^/api/v1/units/[0-9a-f-]{36}$"))
                .body("code", equalTo(code)).body("name", equalTo("城关派出所"))
                .extract().path("id");

        as(admin).get("/api/v1/units/" + id).then().statusCode(200).body("code", equalTo(code));
        as(Api.tokens().mint("someone", "unit-x", "OFFICER")).queryParam("size", 500)
                .get("/api/v1/units").then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void the_list_is_paged_with_its_total() {
        as(admin).body(Map.of("code", "PG-" + unique(), "name", "分页派出所")).post("/api/v1/units").then().statusCode(201);
        as(admin).body(Map.of("code", "PG-" + unique(), "name", "分页派出所")).post("/api/v1/units").then().statusCode(201);

        Response page = as(admin).queryParam("page", 0).queryParam("size", 1).get("/api/v1/units");

        page.then().statusCode(200).body("page", equalTo(0)).body("size", equalTo(1));
        assertThat(page.jsonPath().getList("items")).hasSize(1);
        assertThat(page.jsonPath().getLong("total")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void a_page_larger_than_500_is_refused() {
        as(admin).queryParam("size", 501).get("/api/v1/units")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED")).body("errors[0].field", equalTo("size"));
    }

    @Test
    void a_blank_code_and_name_are_refused_with_both_fields_and_no_event() {
        long before = events.total();

        as(admin).body(Map.of("code", " ", "name", "")).post("/api/v1/units")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("REQUIRED"))
                .body("errors.field", equalTo(List.of("code", "name")))
                .body("errors[0].message", equalTo("不能为空"));

        assertThat(events.total()).isEqualTo(before);
    }

    @Test
    void a_code_in_use_is_a_conflict_that_appends_nothing() {
        String code = "DUP-" + unique();
        as(admin).body(Map.of("code", code, "name", "一")).post("/api/v1/units").then().statusCode(201);
        long before = events.total();

        as(admin).header("Accept-Language", "en").body(Map.of("code", code, "name", "二")).post("/api/v1/units")
                .then().statusCode(409)
                .body("code", equalTo("DUPLICATE_UNIT_CODE"))
                .body("detail", equalTo("unit code " + code + " is already in use"));

        assertThat(events.total()).isEqualTo(before);
    }

    @Test
    void two_racing_registrations_of_one_code_give_one_unit_and_one_conflict() throws Exception {
        String code = "RACE-" + unique();
        List<Integer> statuses = race(2, () -> as(admin).body(Map.of("code", code, "name", "抢注派出所"))
                .post("/api/v1/units").statusCode());

        assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        assertThat(events.ofTypeContaining("UnitRegistered", "\"" + code + "\"")).isEqualTo(1);
    }

    @Test
    void only_an_admin_registers_units() {
        String reviewer = Api.tokens().mint("reviewer-" + unique(), "unit-brigade", "REVIEWER");
        as(reviewer).body(Map.of("code", "X-" + unique(), "name", "无权")).post("/api/v1/units")
                .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void without_a_token_nothing_is_answered() {
        anonymous().get("/api/v1/units").then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
        anonymous().body(Map.of("code", "X", "name", "Y")).post("/api/v1/units").then().statusCode(401);
    }

    @Test
    void an_unknown_unit_is_not_found() {
        as(admin).get("/api/v1/units/no-such-unit").then().statusCode(404).body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void malformed_json_is_refused() {
        as(admin).body("{\"code\": ").post("/api/v1/units")
                .then().statusCode(400).body("code", equalTo("MALFORMED_JSON"));
    }

    @Test
    void an_admin_renames_a_unit_which_keeps_its_code() {
        String code = "RN-" + unique();
        String id = as(admin).body(Map.of("code", code, "name", "城关派出所")).post("/api/v1/units")
                .then().statusCode(201).extract().path("id");

        as(admin).body(Map.of("name", "城关街道派出所")).put("/api/v1/units/" + id)
                .then().statusCode(200).body("name", equalTo("城关街道派出所")).body("code", equalTo(code));
        as(admin).get("/api/v1/units/" + id).then().body("name", equalTo("城关街道派出所"));
        assertThat(events.ofTypeContaining("UnitRenamed", id)).isEqualTo(1);
        // The same name again is no change.
        as(admin).body(Map.of("name", "城关街道派出所")).put("/api/v1/units/" + id).then().statusCode(200);
        assertThat(events.ofTypeContaining("UnitRenamed", id)).isEqualTo(1);
    }

    @Test
    void a_rename_needs_a_name_an_existing_unit_and_an_admin() {
        String id = as(admin).body(Map.of("code", "RN-" + unique(), "name", "西郊派出所")).post("/api/v1/units")
                .then().statusCode(201).extract().path("id");
        long before = events.total();

        as(admin).body(Map.of("name", " ")).put("/api/v1/units/" + id)
                .then().statusCode(400).contentType("application/problem+json").body("code", equalTo("REQUIRED"))
                .body("errors[0].field", equalTo("name"));
        as(admin).body(Map.of("name", "x".repeat(201))).put("/api/v1/units/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("name"));
        as(admin).body(Map.of("name", "新名")).put("/api/v1/units/no-such-unit").then().statusCode(404);
        as(Api.tokens().mint("reviewer-" + unique(), id, "REVIEWER")).body(Map.of("name", "新名"))
                .put("/api/v1/units/" + id).then().statusCode(403);
        anonymous().body(Map.of("name", "新名")).put("/api/v1/units/" + id).then().statusCode(401);
        assertThat(events.total()).isEqualTo(before);
    }
}
