package cn.kaoping.evaluation.rest.deadlines;

import static cn.kaoping.evaluation.support.BureauDays.today;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import cn.kaoping.contracts.evaluation.CaseFileRegistered;
import cn.kaoping.evaluation.support.CaseFiles;
import cn.kaoping.evaluation.support.DrillRulebook;
import cn.kaoping.evaluation.support.InfrastructureTestProfile;
import cn.kaoping.evaluation.support.StoredEvents;
import cn.kaoping.evaluation.rulebook.RulebookCatalog;
import cn.kaoping.servers.Infrastructure;
import cn.kaoping.servers.TokenMinter;
import cn.kaoping.web.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET /api/v1/deadlines: open deadlines, paged; reviewers see every unit, a legal officer his own. */
@QuarkusTest
@TestProfile(InfrastructureTestProfile.class)
class DeadlinesResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    CommandGateway commands;
    @Inject
    EventStore eventStore;
    @Inject
    RulebookCatalog rulebooks;

    private final TokenMinter tokens = Infrastructure.shared().tokens();
    private CaseFiles files;
    private StoredEvents stored;
    /** A unit of this test only, so that its lists are exactly what the test registered. */
    private String unit;
    private String otherUnit;

    @BeforeEach
    void setUp() {
        DrillRulebook.DEADLINES.ensurePublished(commands, rulebooks);
        files = new CaseFiles(commands);
        stored = new StoredEvents(eventStore);
        unit = "unit-" + UUID.randomUUID();
        otherUnit = "unit-" + UUID.randomUUID();
    }

    @Test
    void a_reviewer_sees_the_open_deadlines_due_before_a_date_soonest_first() {
        String soon = files.register(today().minusDays(20), unit);
        String later = files.register(today().minusDays(2), unit);
        String ofOtherUnit = files.register(today().minusDays(20), otherUnit);
        files.register(today().minusMonths(2), unit); // overdue at once: no open deadline
        LocalDate soonDueOn = dueOn(soon);

        JsonPath page = given().auth().oauth2(reviewer())
                .queryParam("dueBefore", soonDueOn.plusDays(1).toString())
                .queryParam("unitId", unit)
                .when().get("/api/v1/deadlines")
                .then().statusCode(200).extract().jsonPath();

        assertThat(page.getList("items.caseFileId")).containsExactly(soon);
        assertThat(page.getString("items[0].kind")).isEqualTo("SUBMISSION");
        assertThat(page.getString("items[0].dueOn")).isEqualTo(soonDueOn.toString());
        assertThat(page.getString("items[0].unitId")).isEqualTo(unit);
        assertThat(page.getString("items[0].caseNumber")).isEqualTo(caseNumber(soon));
        assertThat(page.getLong("total")).isEqualTo(1);

        List<String> allUnits = given().auth().oauth2(reviewer()).queryParam("size", "500")
                .when().get("/api/v1/deadlines")
                .then().statusCode(200).extract().jsonPath().getList("items.caseFileId");
        assertThat(allUnits).contains(soon, later, ofOtherUnit);
    }

    @Test
    void leadership_sees_the_deadlines_of_every_unit() {
        String own = files.register(today().minusDays(5), unit);
        String ofOtherUnit = files.register(today().minusDays(5), otherUnit);
        String leader = tokens.mint("leader-" + UUID.randomUUID(), "bureau-leadership", Roles.LEADERSHIP);

        List<String> all = given().auth().oauth2(leader).queryParam("size", "500")
                .when().get("/api/v1/deadlines")
                .then().statusCode(200).extract().jsonPath().getList("items.caseFileId");
        assertThat(all).contains(own, ofOtherUnit);
        given().auth().oauth2(leader).queryParam("unitId", otherUnit)
                .when().get("/api/v1/deadlines")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].caseFileId", equalTo(ofOtherUnit));
    }

    @Test
    void a_legal_officer_sees_the_deadlines_of_his_own_unit_only() {
        String own = files.register(today().minusDays(5), unit);
        files.register(today().minusDays(5), otherUnit);

        given().auth().oauth2(legalOfficerOf(unit))
                .when().get("/api/v1/deadlines")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items.caseFileId", hasItem(own));
        given().auth().oauth2(legalOfficerOf(unit)).queryParam("unitId", unit)
                .when().get("/api/v1/deadlines")
                .then().statusCode(200).body("total", equalTo(1));
        given().auth().oauth2(legalOfficerOf(unit)).queryParam("unitId", otherUnit)
                .when().get("/api/v1/deadlines")
                .then().statusCode(403).contentType(PROBLEM).body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void the_list_is_paged() {
        String first = files.register(today().minusDays(9), unit);
        String second = files.register(today().minusDays(8), unit);
        String third = files.register(today().minusDays(7), unit);

        JsonPath page0 = page(0, 2);
        JsonPath page1 = page(1, 2);

        assertThat(page0.getList("items.caseFileId")).containsExactly(first, second);
        assertThat(page1.getList("items.caseFileId")).containsExactly(third);
        assertThat(page0.getLong("total")).isEqualTo(3);
        assertThat(page1.getInt("page")).isEqualTo(1);
        assertThat(page1.getInt("size")).isEqualTo(2);
    }

    @Test
    void other_roles_are_refused_and_a_missing_token_is_401() {
        given().auth().oauth2(tokens.mint("officer-1", unit, Roles.OFFICER))
                .when().get("/api/v1/deadlines")
                .then().statusCode(403).contentType(PROBLEM).body("code", equalTo("FORBIDDEN"));
        given().when().get("/api/v1/deadlines")
                .then().statusCode(401).contentType(PROBLEM).body("code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void bad_parameters_are_400_problems_naming_the_field() {
        for (String badDate : List.of("2017-13-45", "June")) {
            given().auth().oauth2(reviewer()).header("Accept-Language", "en").queryParam("dueBefore", badDate)
                    .when().get("/api/v1/deadlines")
                    .then().statusCode(400).contentType(PROBLEM)
                    .body("code", equalTo("VALIDATION_FAILED"))
                    .body("errors[0].field", equalTo("dueBefore"));
        }
        given().auth().oauth2(reviewer()).queryParam("size", "600")
                .when().get("/api/v1/deadlines")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("size"));
        given().auth().oauth2(reviewer()).queryParam("page", "-1")
                .when().get("/api/v1/deadlines")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("page"));
    }

    private JsonPath page(int page, int size) {
        return given().auth().oauth2(reviewer()).queryParam("unitId", unit)
                .queryParam("page", page).queryParam("size", size)
                .when().get("/api/v1/deadlines")
                .then().statusCode(200).extract().jsonPath();
    }

    private LocalDate dueOn(String caseFileId) {
        return stored.payloadsOf(caseFileId, CaseFileRegistered.class).get(0).submissionDueOn();
    }

    private String caseNumber(String caseFileId) {
        return stored.payloadsOf(caseFileId, CaseFileRegistered.class).get(0).caseNumber();
    }

    private String reviewer() {
        return tokens.mint("reviewer-zhao", CaseFiles.BRIGADE, Roles.REVIEWER);
    }

    private String legalOfficerOf(String unitId) {
        return tokens.mint("legal-" + unitId, unitId, Roles.UNIT_LEGAL_OFFICER);
    }
}
