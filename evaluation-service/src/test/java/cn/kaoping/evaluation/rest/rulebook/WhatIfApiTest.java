package cn.kaoping.evaluation.rest.rulebook;

import static cn.kaoping.evaluation.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.kaoping.contracts.Json;
import cn.kaoping.contracts.evaluation.RulebookContent;
import cn.kaoping.contracts.evaluation.RulebookDimension;
import cn.kaoping.contracts.evaluation.RulebookGradeBands;
import cn.kaoping.contracts.evaluation.RulebookItem;
import cn.kaoping.contracts.evaluation.RulebookThresholds;
import cn.kaoping.evaluation.rulebook.RulebookJson;
import cn.kaoping.evaluation.support.Api;
import cn.kaoping.evaluation.support.EventStoreRows;
import cn.kaoping.evaluation.support.WhatIfFiles;
import cn.kaoping.runtime.db.Db;
import cn.kaoping.testkit.KaopingTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 规则试算 through the API, over a realistic mix of files of 2031 (no other test evaluates a file in that year):
 * veto, round two with unrectified findings, process penalties, objections upheld, a file never submitted.
 */
@QuarkusTest
@QuarkusTestResource(value = KaopingTestResource.class, initArgs = @ResourceArg(name = "database", value = "evaluation"))
class WhatIfApiTest {

    private static List<String> files;

    @Inject
    CommandGateway commands;

    @Inject
    Db db;

    private final String reviewer = Api.tokens().mint("reviewer-" + Api.unique(), "unit-legal-brigade", "REVIEWER");

    @BeforeEach
    void mix() {
        if (files == null) {
            files = new WhatIfFiles(commands, 2031).mix();
        }
    }

    private static Map<String, Object> request(RulebookContent draft) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("rulebook", Json.mapper().valueToTree(draft));
        body.put("from", "2031-01");
        body.put("to", "2031-12");
        return body;
    }

    private JsonPath whatIf(RulebookContent draft) {
        return as(reviewer).queryParam("size", 100).body(request(draft)).post("/api/v1/rulebook/what-if")
                .then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> file(JsonPath answer, String id) {
        return answer.getMap("files.items.find { it.caseFileId == '" + id + "' }");
    }

    @Test
    void the_default_rulebook_as_its_own_draft_reproduces_every_recorded_result() {
        JsonPath answer = whatIf(RulebookJson.defaultContent());

        assertThat(answer.getLong("files.total")).isEqualTo(files.size());
        List<Map<String, Object>> items = answer.getList("files.items");
        assertThat(items).extracting(i -> i.get("caseFileId")).containsExactlyInAnyOrderElementsOf(files);
        for (Map<String, Object> item : items) {
            assertThat(item.get("draft")).as("file %s", item.get("caseNumber")).isEqualTo(item.get("recorded"));
            assertThat(item.get("gradeChanged")).isEqualTo(false);
            assertThat((List<?>) item.get("droppedItems")).isEmpty();
        }
        // The mix is what it claims to be: a veto, MISSING alone, LATE + NO_PREREVIEW with a round-two card.
        assertThat(file(answer, files.get(1)).get("recorded"))
                .isEqualTo(Map.of("totalDeduction", new BigDecimal("100.0"), "score", new BigDecimal("0.0"),
                        "grade", "FAIL", "classification", "NOT_STRICT"));
        assertThat(((Map<?, ?>) file(answer, files.get(7)).get("recorded")).get("totalDeduction"))
                .isEqualTo(new BigDecimal("5.0"));
        assertThat(((Map<?, ?>) file(answer, files.get(7)).get("recorded")).get("grade")).isNull();
        // LATE 3 started weeks + NO_PREREVIEW 2 + PR02 1×2 + DO01 2×2 (unrectified at the deadline).
        assertThat(((Map<?, ?>) file(answer, files.get(3)).get("recorded")).get("totalDeduction"))
                .isEqualTo(new BigDecimal("11.0"));
        assertThat(answer.getInt("summary.files")).isEqualTo(files.size());
        assertThat(answer.getInt("summary.changedFiles")).isZero();
        assertThat(answer.getList("summary.gradeChanges")).isEmpty();
        for (String level : List.of("units", "officers")) {
            List<Map<String, Object>> groups = answer.getList("summary." + level);
            assertThat(groups).isNotEmpty();
            for (Map<String, Object> group : groups) {
                assertThat(group.get("averageDeductionDraft")).isEqualTo(group.get("averageDeductionNow"));
                assertThat(group.get("redCardDraft")).isEqualTo(group.get("redCardNow"));
            }
        }
    }

    @Test
    void a_draft_that_prices_an_item_higher_changes_the_files_grades_and_red_cards_it_touches() {
        RulebookContent base = RulebookJson.defaultContent();
        List<RulebookItem> items = new ArrayList<>();
        for (RulebookItem item : base.items()) {
            items.add(!item.code().equals("EV02") ? item : new RulebookItem(item.code(), item.dimension(),
                    item.text(), new BigDecimal("4"), new BigDecimal("4"), item.perOccurrence(), item.findingClass(),
                    item.veto(), item.noteRequired()));
        }
        RulebookThresholds t = base.thresholds();
        RulebookContent draft = new RulebookContent("draft-2031", "草案", base.effectiveFrom(), base.dimensions(),
                items, base.processPenalties(), new RulebookGradeBands(new BigDecimal("97"), new BigDecimal("80")),
                base.deadlines(), base.unrectifiedFactor(), new RulebookThresholds(new BigDecimal("3.5"),
                t.redCardMinimumFiles(), t.laggingOnRedCard(), t.laggingProblemFilesPerQuarter(),
                t.rotationTrainingDaysPerYear(), t.accountabilityOnRefusedRectification(),
                t.accountabilityRedCards(), t.accountabilityWithinMonths()));

        JsonPath answer = whatIf(draft);

        assertThat(answer.getString("draftVersionId")).isEqualTo("draft-2031");
        // EV02 recorded at its default (2) takes the draft's default (4): 98 EXCELLENT becomes 96 PASS (bands ≥ 97).
        Map<String, Object> awaiting = file(answer, files.get(8));
        assertThat(awaiting.get("recorded")).isEqualTo(Map.of("totalDeduction", new BigDecimal("2.0"),
                "score", new BigDecimal("98.0"), "grade", "EXCELLENT", "classification", "NOT_STANDARDIZED"));
        assertThat(awaiting.get("draft")).isEqualTo(Map.of("totalDeduction", new BigDecimal("4.0"),
                "score", new BigDecimal("96.0"), "grade", "PASS", "classification", "NOT_STANDARDIZED"));
        assertThat(awaiting.get("gradeChanged")).isEqualTo(true);
        // A veto stays a veto.
        assertThat(((Map<?, ?>) file(answer, files.get(1)).get("draft")).get("totalDeduction"))
                .isEqualTo(new BigDecimal("100.0"));
        assertThat(answer.getList("summary.gradeChanges.caseFileId", String.class)).contains(files.get(8));
        // The other unit in March: objection file (DO01 unrectified: 4.0) and the EV02 file (2.0 → 4.0):
        // average 3.00 (no red card at 3.0 now) → 4.00 (red card above the draft's 3.5).
        Map<String, Object> otherUnitMarch = answer.getMap(
                "summary.units.find { it.id == 'unit-xijiao' && it.month == '2031-03' }");
        assertThat(otherUnitMarch).containsEntry("files", 2)
                .containsEntry("averageDeductionNow", new BigDecimal("3.00"))
                .containsEntry("averageDeductionDraft", new BigDecimal("4.00"))
                .containsEntry("redCardNow", false)
                .containsEntry("redCardDraft", true);
    }

    @Test
    void a_what_if_appends_and_changes_nothing() {
        EventStoreRows rows = new EventStoreRows(db);
        List<String> tables = List.of("domain_event_entry", "case_files", "case_file_cards", "case_file_history",
                "case_file_findings", "case_file_dimensions", "rulebook_versions", "deadline", "token_entry");
        Map<String, Long> before = new LinkedHashMap<>();
        tables.forEach(t -> before.put(t, rows.count("select count(*) from " + t)));
        String stateBefore = rows.count("select count(*) from case_files") + ":" + db.withHandle(h -> h.createQuery(
                "select coalesce(max(updated_at)::text, '') from case_files").mapTo(String.class).one());

        whatIf(RulebookJson.defaultContent());

        Map<String, Long> after = new LinkedHashMap<>();
        tables.forEach(t -> after.put(t, rows.count("select count(*) from " + t)));
        assertThat(after).isEqualTo(before);
        assertThat(rows.count("select count(*) from case_files") + ":" + db.withHandle(h -> h.createQuery(
                "select coalesce(max(updated_at)::text, '') from case_files").mapTo(String.class).one()))
                .isEqualTo(stateBefore);
    }

    @Test
    void an_invalid_draft_is_refused_like_a_publication() {
        RulebookContent base = RulebookJson.defaultContent();
        List<RulebookDimension> dimensions = new ArrayList<>(base.dimensions());
        RulebookDimension first = dimensions.get(0);
        dimensions.set(0, new RulebookDimension(first.code(), first.name(), first.weight().add(BigDecimal.TEN)));
        RulebookContent invalid = new RulebookContent(base.versionId(), base.name(), base.effectiveFrom(), dimensions,
                base.items(), base.processPenalties(), base.gradeBands(), base.deadlines(), base.unrectifiedFactor(),
                base.thresholds());

        as(reviewer).header("Accept-Language", "en").body(request(invalid)).post("/api/v1/rulebook/what-if")
                .then().statusCode(400)
                .body("code", equalTo("RULEBOOK_INVALID"))
                .body("errors[0].field", equalTo("dimensions"));
        Map<String, Object> noMonth = request(base);
        noMonth.remove("from");
        as(reviewer).body(noMonth).post("/api/v1/rulebook/what-if")
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
        Map<String, Object> reversed = request(base);
        reversed.put("from", "2031-12");
        reversed.put("to", "2031-01");
        as(reviewer).body(reversed).post("/api/v1/rulebook/what-if")
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
        String typo = Json.write(request(base)).replace("\"unrectifiedFactor\"", "\"unrectifiedFactr\"");
        as(reviewer).body(typo).post("/api/v1/rulebook/what-if")
                .then().statusCode(400).body("code", equalTo("MALFORMED_JSON"));
    }

    @Test
    void only_reviewers_and_admins_try_a_draft() {
        Map<String, Object> body = request(RulebookJson.defaultContent());
        as(Api.tokens().mint("officer-" + Api.unique(), "unit-chengguan", "OFFICER")).body(body)
                .post("/api/v1/rulebook/what-if").then().statusCode(403);
        as(Api.leadership()).body(body).post("/api/v1/rulebook/what-if").then().statusCode(403);
        as(Api.admin()).body(body).queryParam("size", 2).post("/api/v1/rulebook/what-if")
                .then().statusCode(200).body("files.items.size()", equalTo(2))
                .body("files.total", equalTo(files.size()));
        Api.anonymous().body(body).post("/api/v1/rulebook/what-if").then().statusCode(401);
    }
}
