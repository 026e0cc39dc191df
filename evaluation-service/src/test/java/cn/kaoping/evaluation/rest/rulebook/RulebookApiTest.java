package cn.kaoping.evaluation.rest.rulebook;

import static cn.kaoping.evaluation.support.Api.anonymous;
import static cn.kaoping.evaluation.support.Api.as;
import static cn.kaoping.evaluation.support.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import cn.kaoping.contracts.Json;
import cn.kaoping.contracts.evaluation.RulebookContent;
import cn.kaoping.contracts.evaluation.RulebookDimension;
import cn.kaoping.evaluation.support.Api;
import cn.kaoping.evaluation.support.EventStoreRows;
import cn.kaoping.evaluation.support.TestRulebooks;
import cn.kaoping.runtime.db.Db;
import cn.kaoping.testkit.KaopingTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * E7 through the API. Versions published here take effect in 2099, so that no other test's file (closed
 * recently) is scored under them.
 */
@QuarkusTest
@QuarkusTestResource(value = KaopingTestResource.class, initArgs = @ResourceArg(name = "database", value = "evaluation"))
class RulebookApiTest {

    @Inject
    Db db;

    private EventStoreRows events;
    private final String admin = Api.admin();
    private final String officer = Api.tokens().mint("officer-" + unique(), "unit-x", "OFFICER");

    @BeforeEach
    void setUp() {
        events = new EventStoreRows(db);
    }

    private static RulebookContent future(String versionId, LocalDate effectiveFrom) {
        return TestRulebooks.defaultContentAs(versionId, "测试版 " + versionId, effectiveFrom);
    }

    @Test
    void the_default_rulebook_is_published_at_start_and_in_force_today() {
        as(officer).get("/api/v1/rulebook")
                .then().statusCode(200)
                .body("versionId", equalTo("default-v1"))
                .body("dimensions", hasSize(6))
                .body("items", hasSize(21));
        as(officer).queryParam("size", 500).get("/api/v1/rulebook/versions")
                .then().statusCode(200).body("items.versionId", hasItem("default-v1"));
        as(officer).get("/api/v1/rulebook/versions/default-v1")
                .then().statusCode(200).body("effectiveFrom", equalTo("2016-01-01"));
    }

    @Test
    void a_published_version_applies_from_its_effective_date_only() {
        String versionId = "future-" + unique();
        LocalDate effectiveFrom = LocalDate.of(2099, 1, 1);

        as(admin).body(Json.write(future(versionId, effectiveFrom))).post("/api/v1/rulebook/versions")
                .then().statusCode(201)
                .body("versionId", equalTo(versionId)).body("effectiveFrom", equalTo("2099-01-01"));

        // Other versions of these tests take effect later in 2099.
        as(officer).queryParam("on", "2099-01-01").get("/api/v1/rulebook")
                .then().statusCode(200).body("versionId", equalTo(versionId));
        as(officer).queryParam("on", "2098-12-31").get("/api/v1/rulebook")
                .then().statusCode(200).body("versionId", equalTo("default-v1"));
        as(officer).get("/api/v1/rulebook").then().statusCode(200).body("versionId", equalTo("default-v1"));
        as(officer).queryParam("size", 500).get("/api/v1/rulebook/versions")
                .then().statusCode(200).body("items.versionId", hasItem(versionId));
    }

    @Test
    void a_version_id_is_published_once() {
        String versionId = "once-" + unique();
        as(admin).body(Json.write(future(versionId, LocalDate.of(2099, 2, 1)))).post("/api/v1/rulebook/versions")
                .then().statusCode(201);
        long before = events.total();

        as(admin).body(Json.write(future(versionId, LocalDate.of(2099, 3, 1)))).post("/api/v1/rulebook/versions")
                .then().statusCode(409).body("code", equalTo("RULEBOOK_VERSION_EXISTS"));

        assertThat(events.total()).isEqualTo(before);
    }

    @Test
    void an_invalid_rulebook_is_refused_with_every_error_and_nothing_is_appended() {
        RulebookContent base = future("invalid-" + unique(), LocalDate.of(2099, 4, 1));
        List<RulebookDimension> dimensions = new ArrayList<>(base.dimensions());
        RulebookDimension first = dimensions.get(0);
        dimensions.set(0, new RulebookDimension(first.code(), first.name(), first.weight().add(BigDecimal.TEN)));
        RulebookContent invalid = new RulebookContent(base.versionId(), base.name(), base.effectiveFrom(), dimensions,
                base.items(), base.processPenalties(), base.gradeBands(), base.deadlines(), base.unrectifiedFactor(),
                base.thresholds());
        long before = events.total();

        as(admin).header("Accept-Language", "en").body(Json.write(invalid)).post("/api/v1/rulebook/versions")
                .then().statusCode(400)
                .body("code", equalTo("RULEBOOK_INVALID"))
                .body("errors[0].field", equalTo("dimensions"))
                .body("errors[0].message", equalTo("the dimension weights must sum to 100, not 110"));

        assertThat(events.total()).isEqualTo(before);
    }

    @Test
    void an_unknown_property_is_a_typo_and_refused() {
        String json = Json.write(future("typo-" + unique(), LocalDate.of(2099, 5, 1)))
                .replace("\"unrectifiedFactor\"", "\"unrectifiedFactr\"");

        as(admin).body(json).post("/api/v1/rulebook/versions")
                .then().statusCode(400).body("code", equalTo("MALFORMED_JSON"));
    }

    @Test
    void no_rulebook_is_in_force_before_the_first_version() {
        as(officer).queryParam("on", "1999-01-01").get("/api/v1/rulebook").then().statusCode(404);
        as(officer).queryParam("on", "yesterday").get("/api/v1/rulebook")
                .then().statusCode(400).body("errors[0].field", equalTo("on"));
        as(officer).get("/api/v1/rulebook/versions/no-such-version").then().statusCode(404);
    }

    @Test
    void only_an_admin_publishes_and_only_with_a_token_is_it_read() {
        as(Api.tokens().mint("reviewer-" + unique(), "brigade", "REVIEWER"))
                .body(Json.write(future("denied-" + unique(), LocalDate.of(2099, 6, 1))))
                .post("/api/v1/rulebook/versions").then().statusCode(403);
        anonymous().get("/api/v1/rulebook").then().statusCode(401);
        anonymous().get("/api/v1/rulebook/versions").then().statusCode(401);
    }
}
