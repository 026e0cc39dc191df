package cn.kaoping.evaluation.rest.officers;

import static cn.kaoping.evaluation.support.Api.anonymous;
import static cn.kaoping.evaluation.support.Api.as;
import static cn.kaoping.evaluation.support.Api.unique;
import static cn.kaoping.evaluation.support.Races.race;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.kaoping.evaluation.support.Api;
import cn.kaoping.evaluation.support.Bureau;
import cn.kaoping.evaluation.support.Bureau.Unit;
import cn.kaoping.evaluation.support.EventStoreRows;
import cn.kaoping.runtime.db.Db;
import cn.kaoping.testkit.KaopingTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = KaopingTestResource.class, initArgs = @ResourceArg(name = "database", value = "evaluation"))
class OfficersApiTest {

    @Inject
    Db db;

    private final Bureau bureau = new Bureau();
    private EventStoreRows events;
    private Unit unit;

    @BeforeEach
    void setUp() {
        events = new EventStoreRows(db);
        unit = bureau.unit("西郊派出所");
    }

    private Map<String, Object> officer(String policeNumber, String unitId, List<String> roles) {
        return Map.of("policeNumber", policeNumber, "name", "李四", "unitId", unitId, "roles", roles);
    }

    @Test
    void an_admin_registers_an_officer_who_is_then_listed_in_his_unit() {
        String policeNumber = "P" + unique();
        String id = as(bureau.admin()).body(officer(policeNumber, unit.id(), List.of("UNIT_LEGAL_OFFICER", "OFFICER")))
                .post("/api/v1/officers")
                .then().statusCode(201)
                .body("policeNumber", equalTo(policeNumber)).body("unitId", equalTo(unit.id()))
                .body("roles", equalTo(List.of("OFFICER", "UNIT_LEGAL_OFFICER")))
                .extract().path("id");

        JsonPath list = as(Api.tokens().mint("anyone", "unit-of-anyone", "OFFICER")).queryParam("unitId", unit.id())
                .get("/api/v1/officers").then().statusCode(200).extract().jsonPath();
        assertThat(list.getList("items.id", String.class)).containsExactly(id);
        assertThat(list.getLong("total")).isEqualTo(1);
        as(bureau.admin()).get("/api/v1/officers/" + id).then().statusCode(200).body("name", equalTo("李四"));
    }

    @Test
    void an_unknown_unit_is_refused_and_nothing_is_appended() {
        long before = events.total();

        as(bureau.admin()).body(officer("P" + unique(), "no-such-unit", List.of("OFFICER")))
                .post("/api/v1/officers")
                .then().statusCode(400).body("code", equalTo("UNKNOWN_UNIT"))
                .body("errors[0].field", equalTo("unitId"))
                .body("errors[0].message", equalTo("单位 no-such-unit 未登记"));

        assertThat(events.total()).isEqualTo(before);
    }

    @Test
    void a_police_number_in_use_is_a_conflict() {
        String policeNumber = "P" + unique();
        as(bureau.admin()).body(officer(policeNumber, unit.id(), List.of("OFFICER"))).post("/api/v1/officers")
                .then().statusCode(201);
        long before = events.total();

        as(bureau.admin()).body(officer(policeNumber, unit.id(), List.of("OFFICER"))).post("/api/v1/officers")
                .then().statusCode(409).body("code", equalTo("DUPLICATE_POLICE_NUMBER"));

        assertThat(events.total()).isEqualTo(before);
    }

    @Test
    void two_racing_registrations_of_one_police_number_give_one_officer_and_one_conflict() throws Exception {
        String policeNumber = "P" + unique();

        List<Response> answers = race(2, () -> as(bureau.admin())
                .body(officer(policeNumber, unit.id(), List.of("OFFICER"))).post("/api/v1/officers"));

        assertThat(answers).extracting(Response::statusCode).containsExactlyInAnyOrder(201, 409);
        assertThat(answers).filteredOn(answer -> answer.statusCode() == 409)
                .extracting(answer -> answer.jsonPath().getString("code")).containsExactly("DUPLICATE_POLICE_NUMBER");
        assertThat(events.ofTypeContaining("OfficerRegistered", "\"" + policeNumber + "\"")).isEqualTo(1);
    }

    @Test
    void an_officer_needs_roles() {
        as(bureau.admin()).body(officer("P" + unique(), unit.id(), List.of())).post("/api/v1/officers")
                .then().statusCode(400).body("code", equalTo("REQUIRED")).body("errors[0].field", equalTo("roles"));
    }

    @Test
    void an_unknown_role_is_malformed_input_naming_the_field() {
        as(bureau.admin()).body(officer("P" + unique(), unit.id(), List.of("SHERIFF"))).post("/api/v1/officers")
                .then().statusCode(400).body("code", equalTo("MALFORMED_JSON"))
                .body("errors[0].field", equalTo("roles[0]"));
    }

    @Test
    void only_an_admin_registers_officers_and_only_with_a_token_are_they_read() {
        as(Api.tokens().mint("legal-" + unique(), unit.id(), "UNIT_LEGAL_OFFICER"))
                .body(officer("P" + unique(), unit.id(), List.of("OFFICER"))).post("/api/v1/officers")
                .then().statusCode(403);
        anonymous().get("/api/v1/officers").then().statusCode(401);
        as(bureau.admin()).get("/api/v1/officers/nobody").then().statusCode(404);
    }
}
