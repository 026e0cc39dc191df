package cn.kaoping.publicity;

import static cn.kaoping.publicity.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import cn.kaoping.contracts.evaluation.EvaluationCard;
import cn.kaoping.contracts.evaluation.ProcessPenaltyCode;
import cn.kaoping.runtime.db.Db;
import cn.kaoping.publicity.support.Applied;
import cn.kaoping.fixtures.EventFeed;
import cn.kaoping.fixtures.EvaluationEvents;
import cn.kaoping.fixtures.EvaluationEvents.File;
import cn.kaoping.publicity.support.TestMonths;
import cn.kaoping.publicity.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** P3 bulletins and P4 commentaries. */
@QuarkusTest
class BulletinAndCommentaryTest {

    @Inject
    Db db;

    final EventFeed feed = EventFeed.shared();

    /** Two units above the thresholds (one by average, one by share of problem files), one below both. */
    Scenario scenario() {
        YearMonth month = TestMonths.fresh();
        String rulebook = EvaluationEvents.id("bulletin-rules");
        String poor = EvaluationEvents.id("u"), good = EvaluationEvents.id("u"), many = EvaluationEvents.id("u");
        String o1 = EvaluationEvents.id("o"), o2 = EvaluationEvents.id("o"), o3 = EvaluationEvents.id("o");
        File first = File.of(poor, o1);
        Applied.await(db,
                feed.send(EvaluationEvents.rulebook(rulebook, month.atDay(1), "3.0", 1,
                        EvaluationEvents.item("DOC-01", "法律文书制作不规范"), EvaluationEvents.item("EVD-03", "证据收集不全面"))),
                feed.send(EvaluationEvents.unit(poor, "P1", "问题派出所")), feed.send(EvaluationEvents.unit(good, "P2", "良好派出所")),
                feed.send(EvaluationEvents.unit(many, "P3", "多问题派出所")),
                // 问题派出所: 3 files of 4.0 → average 4.00 (> 3.0)
                feed.send(EvaluationEvents.reviewed(first, 1, month, month.atDay(2), card(rulebook,
                        EvaluationEvents.finding("R1-1", "DOC-01", "2.0"), EvaluationEvents.finding("R1-2", "EVD-03", "2.0")))),
                feed.send(EvaluationEvents.reviewed(File.of(poor, o1), 1, month, month.atDay(2), card(rulebook,
                        EvaluationEvents.finding("R1-1", "DOC-01", "4.0")))),
                feed.send(EvaluationEvents.reviewed(File.of(poor, o1), 1, month, month.atDay(2), card(rulebook,
                        EvaluationEvents.finding("R1-1", "DOC-01", "1.0"), EvaluationEvents.finding("R1-2", "EVD-03", "3.0")))),
                // 良好派出所: 2.0 and 0 → average 1.00, share 1/2 (not above 0.5)
                feed.send(EvaluationEvents.reviewed(File.of(good, o2), 1, month, month.atDay(2), card(rulebook,
                        EvaluationEvents.finding("R1-1", "DOC-01", "2.0")))),
                feed.send(EvaluationEvents.reviewed(File.of(good, o2), 1, month, month.atDay(2), card(rulebook))),
                // 多问题派出所: 1.0, 1.0, 0 → average 0.67 but share 2/3 (above 0.5); one late submission
                feed.send(EvaluationEvents.reviewed(File.of(many, o3), 1, month, month.atDay(2), EvaluationEvents.card(1, rulebook,
                        List.of(EvaluationEvents.finding("R1-1", "DOC-01", "0.5")),
                        List.of(EvaluationEvents.penalty(ProcessPenaltyCode.LATE, "0.5"))))),
                feed.send(EvaluationEvents.reviewed(File.of(many, o3), 1, month, month.atDay(2), card(rulebook,
                        EvaluationEvents.finding("R1-1", "EVD-03", "1.0")))),
                feed.send(EvaluationEvents.reviewed(File.of(many, o3), 1, month, month.atDay(2), card(rulebook))));
        return new Scenario(month, poor, good, many, first);
    }

    record Scenario(YearMonth month, String poorUnit, String goodUnit, String manyUnit, File firstFile) {
    }

    static EvaluationCard card(String rulebook, cn.kaoping.contracts.evaluation.Finding... findings) {
        return EvaluationEvents.card(1, rulebook, List.of(findings), List.of());
    }

    static JsonPath draft(YearMonth month) {
        return as(Tokens.reviewer()).contentType(ContentType.JSON).body(Map.of("month", month.toString()))
                .post("/api/v1/bulletins").then().statusCode(201).extract().jsonPath();
    }

    static JsonPath publish(String bulletinId) {
        return as(Tokens.reviewer()).post("/api/v1/bulletins/{id}/publication", bulletinId)
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void a_draft_names_the_units_above_the_thresholds_with_their_problems_by_rulebook_item() {
        Scenario s = scenario();
        JsonPath draft = draft(s.month());
        assertThat(draft.getString("state")).isEqualTo("DRAFT");
        assertThat(draft.getString("issueNumber")).isNull();
        assertThat(draft.getString("title"))
                .isEqualTo(s.month().getYear() + "年" + s.month().getMonthValue() + "月执法质量考评通报");
        assertThat(draft.getList("units.unitName")).containsExactly("问题派出所", "多问题派出所");
        assertThat(draft.getList("units[0].problems.code")).containsExactly("DOC-01", "EVD-03");
        assertThat(draft.getList("units[0].problems.text")).containsExactly("法律文书制作不规范", "证据收集不全面");
        assertThat(draft.getList("units[0].problems.occurrences")).containsExactly(3, 2);
        assertThat(draft.getList("units[1].problems.code")).containsExactlyInAnyOrder("DOC-01", "EVD-03", "LATE");

        String body = draft.getString("body");
        assertThat(body)
                .contains("一、问题派出所：考评案卷3件，总扣分12.00分，平均扣分4.00分，问题案卷3件（占100.0%）。")
                .contains("1. [DOC-01] 法律文书制作不规范：3处（涉及案卷3件）")
                .contains("2. [EVD-03] 证据收集不全面：2处（涉及案卷2件）")
                .contains("二、多问题派出所：考评案卷3件，总扣分2.00分，平均扣分0.67分，问题案卷2件（占66.7%）。")
                .contains("超期送评：1处（涉及案卷1件）")
                .doesNotContain("良好派出所");
    }

    @Test
    void bulletins_are_edited_as_drafts_and_published_with_the_next_number_of_the_year_then_never_change() {
        Scenario s = scenario();
        String firstId = draft(s.month()).getString("bulletinId");
        String secondId = draft(s.month()).getString("bulletinId");

        JsonPath edited = as(Tokens.reviewer()).contentType(ContentType.JSON)
                .body(Map.of("title", "关于问题派出所执法质量的通报", "body", "经考评，问题派出所……（修改稿）"))
                .put("/api/v1/bulletins/{id}", firstId).then().statusCode(200).extract().jsonPath();
        assertThat(edited.getString("body")).isEqualTo("经考评，问题派出所……（修改稿）");

        JsonPath first = publish(firstId);
        JsonPath second = publish(secondId);
        int year = Year.now(ZoneId.of("Asia/Shanghai")).getValue();
        assertThat(first.getInt("year")).isEqualTo(year);
        assertThat(second.getInt("issueNumber")).isEqualTo(first.getInt("issueNumber") + 1);
        assertThat(first.getString("title")).isEqualTo("关于问题派出所执法质量的通报");

        as(Tokens.reviewer()).contentType(ContentType.JSON).body(Map.of("title", "改", "body", "改"))
                .put("/api/v1/bulletins/{id}", firstId).then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("BULLETIN_PUBLISHED"));
        as(Tokens.reviewer()).post("/api/v1/bulletins/{id}/publication", firstId).then().statusCode(409);
        as(Tokens.officer("x", s.poorUnit())).get("/api/v1/bulletins/{id}", firstId).then().statusCode(200)
                .body("body", equalTo("经考评，问题派出所……（修改稿）"));

        given().get("/bulletins/{id}", firstId).then().statusCode(200)
                .body(containsString(year + "年第" + first.getInt("issueNumber") + "期"))
                .body(containsString("关于问题派出所执法质量的通报"));
    }

    @Test
    void concurrent_publications_get_distinct_consecutive_issue_numbers() throws Exception {
        Scenario s = scenario();
        List<String> drafts = IntStream.range(0, 4).mapToObj(i -> draft(s.month()).getString("bulletinId")).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> publications = new ArrayList<>();
            drafts.forEach(id -> publications.add(() -> publish(id).getInt("issueNumber")));
            List<Integer> numbers = new ArrayList<>();
            for (Future<Integer> number : pool.invokeAll(publications)) {
                numbers.add(number.get());
            }
            int lowest = numbers.stream().mapToInt(Integer::intValue).min().orElseThrow();
            assertThat(numbers).containsExactlyInAnyOrder(lowest, lowest + 1, lowest + 2, lowest + 3);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void drafts_are_seen_by_reviewers_only() {
        Scenario s = scenario();
        String draftId = draft(s.month()).getString("bulletinId");
        String officer = Tokens.officer("x", s.poorUnit());
        assertThat(as(officer).queryParam("size", 500).get("/api/v1/bulletins").then().statusCode(200).extract()
                .jsonPath().getList("items.bulletinId")).doesNotContain(draftId);
        assertThat(as(Tokens.reviewer()).queryParam("size", 500).get("/api/v1/bulletins").then().statusCode(200)
                .extract().jsonPath().getList("items.bulletinId")).contains(draftId);
        as(officer).get("/api/v1/bulletins/{id}", draftId).then().statusCode(404);
        given().get("/bulletins/{id}", draftId).then().statusCode(404).body(containsString("尚未发布"));
    }

    @Test
    void no_bulletin_when_no_unit_is_above_the_thresholds() {
        YearMonth month = TestMonths.fresh();
        String unitId = EvaluationEvents.id("u");
        Applied.await(db, feed.send(EvaluationEvents.reviewed(File.of(unitId, EvaluationEvents.id("o")), month, "0")),
                feed.send(EvaluationEvents.reviewed(File.of(unitId, EvaluationEvents.id("o")), month, "1.0")));
        as(Tokens.reviewer()).contentType(ContentType.JSON).body(Map.of("month", month.toString()))
                .post("/api/v1/bulletins").then().statusCode(409).body("code", equalTo("NO_UNIT_ABOVE_THRESHOLDS"));
    }

    @Test
    void a_commentary_is_written_for_a_known_file_published_once_and_counted() {
        Scenario s = scenario();
        String officer = Tokens.officer("x", s.poorUnit());
        long publishedBefore = as(officer).get("/api/v1/commentaries").then().statusCode(200).extract().jsonPath()
                .getLong("published");

        as(Tokens.reviewer()).contentType(ContentType.JSON)
                .body(Map.of("caseFileId", "no-such-file", "title", "点评", "body", "内容"))
                .post("/api/v1/commentaries").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("errors[0].field", equalTo("caseFileId"));

        JsonPath created = as(Tokens.reviewer()).contentType(ContentType.JSON)
                .body(Map.of("caseFileId", s.firstFile().id(), "title", "证据与文书并重：一起行政处罚案件的点评",
                        "body", "本案证据收集不全面，法律文书制作不规范……"))
                .post("/api/v1/commentaries").then().statusCode(201).extract().jsonPath();
        String id = created.getString("commentaryId");
        assertThat(created.getString("caseNumber")).isEqualTo(s.firstFile().caseNumber());
        assertThat(created.getString("unitName")).isEqualTo("问题派出所");
        assertThat(created.getString("month")).isEqualTo(s.month().toString());
        assertThat(created.getString("state")).isEqualTo("DRAFT");
        as(officer).get("/api/v1/commentaries/{id}", id).then().statusCode(404);
        given().get("/commentaries/{id}", id).then().statusCode(404);

        as(Tokens.reviewer()).contentType(ContentType.JSON).body(Map.of("title", "证据与文书并重", "body", "修改后的点评。"))
                .put("/api/v1/commentaries/{id}", id).then().statusCode(200).body("title", equalTo("证据与文书并重"));
        as(Tokens.reviewer()).post("/api/v1/commentaries/{id}/publication", id).then().statusCode(200)
                .body("state", equalTo("PUBLISHED"));
        as(Tokens.reviewer()).post("/api/v1/commentaries/{id}/publication", id).then().statusCode(409)
                .body("code", equalTo("COMMENTARY_PUBLISHED"));
        as(Tokens.reviewer()).contentType(ContentType.JSON).body(Map.of("title", "改", "body", "改"))
                .put("/api/v1/commentaries/{id}", id).then().statusCode(409);

        JsonPath list = as(officer).queryParam("size", 500).get("/api/v1/commentaries").then().statusCode(200)
                .extract().jsonPath();
        assertThat(list.getLong("published")).isEqualTo(publishedBefore + 1);
        assertThat(list.getList("items.commentaryId")).contains(id);
        given().get("/commentaries/{id}", id).then().statusCode(200)
                .body(containsString("证据与文书并重")).body(containsString(s.firstFile().caseNumber()));
    }
}
