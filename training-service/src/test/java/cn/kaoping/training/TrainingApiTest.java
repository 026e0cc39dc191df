package cn.kaoping.training;

import static cn.kaoping.fixtures.EvaluationEvents.card;
import static cn.kaoping.fixtures.EvaluationEvents.cardOf;
import static cn.kaoping.fixtures.EvaluationEvents.closed;
import static cn.kaoping.fixtures.EvaluationEvents.finding;
import static cn.kaoping.fixtures.EvaluationEvents.reviewed;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import cn.kaoping.contracts.EventEnvelope;
import cn.kaoping.contracts.Json;
import cn.kaoping.contracts.evaluation.ClosingReason;
import cn.kaoping.contracts.evaluation.EvaluationCard;
import cn.kaoping.contracts.evaluation.Classification;
import cn.kaoping.contracts.evaluation.Finding;
import cn.kaoping.contracts.evaluation.FindingClass;
import cn.kaoping.contracts.evaluation.Grade;
import cn.kaoping.contracts.evaluation.OfficerRegistered;
import cn.kaoping.contracts.evaluation.OfficerRole;
import cn.kaoping.contracts.publicity.RedCardIssued;
import cn.kaoping.fixtures.EvaluationEvents;
import cn.kaoping.fixtures.EvaluationEvents.File;
import cn.kaoping.runtime.db.Db;
import cn.kaoping.runtime.projection.EnvelopeProjection;
import cn.kaoping.servers.Infrastructure;
import cn.kaoping.testkit.KaopingTestResource;
import cn.kaoping.testkit.ProjectionHarness;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every path of training-service's table in API.md, as a user tries it: facts fed through the projection (as the
 * streams would), then the REST calls with their role rules and refusals.
 */
@QuarkusTest
@QuarkusTestResource(value = KaopingTestResource.class, initArgs = @ResourceArg(name = "database", value = "training"))
class TrainingApiTest {

    @Inject
    Db db;

    @Inject
    EnvelopeProjection projection;

    ProjectionHarness harness;
    int year;
    YearMonth month;
    String unit;
    String otherUnit;
    String officer;
    String policeNumber;
    String legal;
    String otherOfficer;
    File f1;
    File f2;
    File f3;
    File clean;
    File veto;
    final List<EventEnvelope> fed = new ArrayList<>();

    @BeforeEach
    void facts() {
        harness = new ProjectionHarness(db, projection);
        year = ThreadLocalRandom.current().nextInt(2100, 2999);
        month = YearMonth.of(year, 2);
        unit = EvaluationEvents.id("unit");
        otherUnit = EvaluationEvents.id("unit");
        officer = EvaluationEvents.id("officer");
        policeNumber = "P" + officer.substring(8);
        legal = EvaluationEvents.id("legal");
        otherOfficer = EvaluationEvents.id("officer");
        f1 = new File(EvaluationEvents.id("file"), "行罚-A1-" + year, unit, officer, List.of());
        f2 = new File(EvaluationEvents.id("file"), "行罚-A2-" + year, unit, officer, List.of());
        f3 = new File(EvaluationEvents.id("file"), "行罚-A3-" + year, unit, officer, List.of());
        clean = new File(EvaluationEvents.id("file"), "行罚-B1-" + year, otherUnit, otherOfficer, List.of());
        veto = new File(EvaluationEvents.id("file"), "行罚-B2-" + year, otherUnit, otherOfficer, List.of());
        Instant t = Instant.parse("2016-01-01T00:00:00Z");
        fed.addAll(harness.evaluation(
                EvaluationEvents.unit(unit, "U" + unit.substring(5), "城关派出所"),
                EvaluationEvents.unit(otherUnit, "V" + otherUnit.substring(5), "城东派出所"),
                new OfficerRegistered(officer, policeNumber, "张三", unit, List.of(OfficerRole.OFFICER), "admin-1", t),
                new OfficerRegistered(legal, "L" + legal.substring(6), "王法制", unit,
                        List.of(OfficerRole.UNIT_LEGAL_OFFICER), "admin-1", t),
                new OfficerRegistered(otherOfficer, "Q" + otherOfficer.substring(8), "李四", otherUnit,
                        List.of(OfficerRole.OFFICER), "admin-1", t),
                EvaluationEvents.rulebook(EvaluationEvents.RULEBOOK, LocalDate.of(2000, 1, 1), "3.0", 1,
                        EvaluationEvents.item("DOC-01", "文书错字"))));
        // officer: three problem files in the quarter (2, 3, 1 points) → nominated for PROBLEM_FILES
        EvaluationCard c1 = cardOf(1, "2");
        fed.addAll(harness.evaluation(
                reviewed(f1, 1, month, month.atDay(5), c1),
                closed(f1, month, month.atDay(6), c1, ClosingReason.ROUND_TWO_REVIEWED),
                reviewed(f2, month, "3"),
                reviewed(f3, month, "1")));
        // the other officer: one clean excellent file, one veto file
        EvaluationCard cleanCard = cardOf(1, "0");
        Finding vetoFinding = new Finding("R1-1", 1, "DOC-01", "DOCUMENTS", BigDecimal.TEN, BigDecimal.TEN,
                FindingClass.NOT_STRICT, true, "无执法主体资格", null, false);
        EvaluationCard vetoCard = new EvaluationCard(1, EvaluationEvents.RULEBOOK, List.of(vetoFinding), List.of(),
                List.of(), BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.valueOf(100), BigDecimal.ZERO, Grade.FAIL,
                Classification.NOT_STRICT, true);
        fed.addAll(harness.evaluation(
                reviewed(clean, 1, month, month.atDay(7), cleanCard),
                closed(clean, month, month.atDay(7), cleanCard, ClosingReason.ROUND_TWO_REVIEWED),
                reviewed(veto, 1, month, month.atDay(8), vetoCard),
                closed(veto, month, month.atDay(9), vetoCard, ClosingReason.ROUND_TWO_REVIEWED)));
        fed.add(harness.event(officer, EvaluationEvents.at(month.plusMonths(1).atDay(2), 9),
                new RedCardIssued(month, 1, officer, "张三", unit, new BigDecimal("2.00"), 3,
                        List.of(f1.id(), f2.id()))));
    }

    @Test
    void nominations_by_rule_listed_by_role_and_unit_excused_with_a_reason_and_the_same_after_a_rebuild() {
        given().auth().oauth2(reviewer()).get("/api/v1/lagging-officers?period=" + year + "-Q1").then()
                .statusCode(200).body("total", equalTo(2))
                .body("items.reason", org.hamcrest.Matchers.containsInAnyOrder("PROBLEM_FILES", "RED_CARD"))
                .body("items.find { it.reason == 'PROBLEM_FILES' }.problemFiles", equalTo(3))
                .body("items.find { it.reason == 'PROBLEM_FILES' }.period", equalTo(year + "-Q1"))
                .body("items.find { it.reason == 'RED_CARD' }.facts.caseNumber", hasItem(f1.caseNumber()));
        given().auth().oauth2(legalToken()).get("/api/v1/lagging-officers?period=" + year).then()
                .statusCode(200).body("total", equalTo(2));
        given().auth().oauth2(legalToken()).get("/api/v1/lagging-officers?unitId=" + otherUnit).then()
                .statusCode(403);
        given().auth().oauth2(token(officer, unit, "OFFICER")).get("/api/v1/lagging-officers").then()
                .statusCode(200).body("total", equalTo(2));
        given().auth().oauth2(token(otherOfficer, otherUnit, "OFFICER")).get("/api/v1/lagging-officers?period=" + year)
                .then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(reviewer()).get("/api/v1/lagging-officers?period=" + year + "-Q5").then()
                .statusCode(400).body("code", equalTo("NOT_A_PERIOD")).body("errors[0].field", equalTo("period"));

        List<String> ids = given().auth().oauth2(reviewer()).get("/api/v1/lagging-officers?period=" + year).then()
                .extract().path("items.id");
        assertThat(published("OfficerNominated", officer)).isEqualTo(2);

        String redCard = given().auth().oauth2(reviewer()).get("/api/v1/lagging-officers?period=" + month).then()
                .extract().path("items.find { it.reason == 'RED_CARD' }.id");
        given().auth().oauth2(reviewer()).contentType(ContentType.JSON).body(Map.of("reason", " "))
                .post("/api/v1/lagging-officers/" + redCard + "/excuse").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        given().auth().oauth2(legalToken()).contentType(ContentType.JSON).body(Map.of("reason", "已参加市局培训"))
                .post("/api/v1/lagging-officers/" + redCard + "/excuse").then().statusCode(403);
        given().auth().oauth2(reviewer()).contentType(ContentType.JSON).body(Map.of("reason", "已参加市局培训"))
                .post("/api/v1/lagging-officers/" + redCard + "/excuse").then().statusCode(200)
                .body("excused", equalTo(true)).body("excuseReason", equalTo("已参加市局培训"));
        given().auth().oauth2(reviewer()).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(Map.of("reason", "again")).post("/api/v1/lagging-officers/" + redCard + "/excuse").then()
                .statusCode(409).contentType("application/problem+json").body("code", equalTo("ALREADY_EXCUSED"))
                .body("detail", containsString("already excused"));
        assertThat(published("NominationExcused", officer)).isEqualTo(1);

        // a rebuild replays the same events: the same nominations, nothing published twice
        String before = given().auth().oauth2(reviewer()).get("/api/v1/lagging-officers?period=" + year).asString();
        harness.clear();
        fed.forEach(harness::apply);
        assertThat(given().auth().oauth2(reviewer()).get("/api/v1/lagging-officers?period=" + year).asString())
                .isEqualTo(before);
        assertThat(given().auth().oauth2(reviewer()).get("/api/v1/lagging-officers?period=" + year).then()
                .extract().<List<String>>path("items.id")).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(published("OfficerNominated", officer)).isEqualTo(2);
    }

    @Test
    void a_meeting_is_drafted_from_the_data_edited_held_and_relayed() {
        String number = "公通字〔" + year + "〕" + ThreadLocalRandom.current().nextInt(100000) + "号";
        Map<String, Object> regulation = Map.of("title", "公安机关办理行政案件程序规定（修正）", "documentNumber", number,
                "issuer", "公安部", "kind", "DEPARTMENTAL_RULE", "promulgatedOn", year + "-01-02",
                "effectiveOn", year + "-02-01", "summary", "修改听证程序");
        given().auth().oauth2(reviewer()).contentType(ContentType.JSON).body(regulation).post("/api/v1/regulations")
                .then().statusCode(201).body("kind", equalTo("DEPARTMENTAL_RULE")).body("enteredBy", equalTo("reviewer-1"));
        given().auth().oauth2(reviewer()).contentType(ContentType.JSON).body(regulation).post("/api/v1/regulations")
                .then().statusCode(409).body("code", equalTo("DUPLICATE_DOCUMENT_NUMBER"));
        given().auth().oauth2(legalToken()).contentType(ContentType.JSON).body(regulation).post("/api/v1/regulations")
                .then().statusCode(403);
        given().auth().oauth2(reviewer()).contentType(ContentType.JSON)
                .body(Map.of("title", "x", "documentNumber", number + "b", "issuer", "y", "kind", "TREATY",
                        "promulgatedOn", "2020-01-01", "effectiveOn", "2019-01-01"))
                .post("/api/v1/regulations").then().statusCode(400).body("errors.field", hasItem("kind"))
                .body("errors.field", hasItem("effectiveOn"));
        given().auth().oauth2(legalToken()).get("/api/v1/regulations?enteredAfter=2000-01-01").then()
                .statusCode(200).body("items.documentNumber", hasItem(number));
        given().auth().oauth2(legalToken()).get("/api/v1/regulations?enteredAfter=soon").then().statusCode(400);

        Response draft = given().auth().oauth2(reviewer()).contentType(ContentType.JSON)
                .body(Map.of("month", month.toString(), "heldOn", month.plusMonths(1).atDay(3).toString(),
                        "place", "局三楼会议室"))
                .post("/api/v1/meetings");
        draft.then().statusCode(201).body("state", equalTo("DRAFT"))
                // 5 files evaluated: 3 of 张三 (not standardized), the clean one, the veto one (not strict)
                .body("agenda.figures.filesEvaluated", equalTo(5)).body("agenda.figures.notStrict", equalTo(1))
                .body("agenda.figures.notStandardized", equalTo(3))
                .body("agenda.frequentItems[0].itemCode", equalTo("DOC-01"))
                .body("agenda.frequentItems[0].itemText", equalTo("文书错字"))
                .body("agenda.frequentItems[0].count", equalTo(4))
                .body("agenda.units.find { it.unitId == '" + unit + "' }.averageDeduction", equalTo(2.0f))
                .body("agenda.redCards.officerId", hasItem(officer))
                .body("agenda.regulations.documentNumber", hasItem(number));
        String id = draft.path("id");
        // the agenda is drafted from the projection: after a rebuild (the same events replayed) a draft of the same
        // month has the same figures, items, unit lines and red cards
        harness.clear();
        fed.forEach(harness::apply);
        Response again = given().auth().oauth2(reviewer()).contentType(ContentType.JSON)
                .body(Map.of("month", month.toString(), "heldOn", month.plusMonths(1).atDay(3).toString(),
                        "place", "局三楼会议室"))
                .post("/api/v1/meetings");
        again.then().statusCode(201);
        for (String part : List.of("figures", "frequentItems", "units", "redCards")) {
            assertThat((Object) again.path("agenda." + part)).as(part).isEqualTo(draft.path("agenda." + part));
        }
        given().auth().oauth2(reviewer()).contentType(ContentType.JSON).body(Map.of("month", "2026-13", "heldOn",
                "2026-01-01", "place", "x")).post("/api/v1/meetings").then().statusCode(400);

        Map<String, Object> agenda = new java.util.HashMap<>(draft.path("agenda"));
        agenda.put("topics", List.of("通报行政案件程序规定修改要点"));
        given().auth().oauth2(reviewer()).contentType(ContentType.JSON).body(agenda).put("/api/v1/meetings/" + id + "/agenda")
                .then().statusCode(200).body("agenda.topics[0]", equalTo("通报行政案件程序规定修改要点"))
                .body("updatedBy", equalTo("reviewer-1"));
        given().auth().oauth2(legalToken()).contentType(ContentType.JSON).body(Map.of("heldOn", month.plusMonths(1)
                .atDay(4).toString())).post("/api/v1/meetings/" + id + "/relays").then().statusCode(409)
                .body("code", equalTo("MEETING_NOT_HELD"));
        given().auth().oauth2(reviewer()).contentType(ContentType.JSON).body(Map.of("present", List.of("nobody")))
                .post("/api/v1/meetings/" + id + "/attendance").then().statusCode(400)
                .body("errors[0].field", equalTo("present[0]"));
        given().auth().oauth2(reviewer()).contentType(ContentType.JSON).body(Map.of("present", List.of(legal)))
                .post("/api/v1/meetings/" + id + "/attendance").then().statusCode(200).body("state", equalTo("HELD"))
                .body("attendance.find { it.officerId == '" + legal + "' }.present", equalTo(true));
        given().auth().oauth2(reviewer()).contentType(ContentType.JSON).body(agenda).put("/api/v1/meetings/" + id + "/agenda")
                .then().statusCode(409).body("code", equalTo("MEETING_ALREADY_HELD"));
        given().auth().oauth2(legalToken()).contentType(ContentType.JSON)
                .body(Map.of("heldOn", month.plusMonths(1).atDay(5).toString(), "attendeeIds", List.of(officer)))
                .post("/api/v1/meetings/" + id + "/relays").then().statusCode(201)
                .body("relays.unitId", hasItem(unit));
        given().auth().oauth2(legalToken()).contentType(ContentType.JSON)
                .body(Map.of("heldOn", month.plusMonths(1).atDay(6).toString()))
                .post("/api/v1/meetings/" + id + "/relays").then().statusCode(409).body("code", equalTo("ALREADY_RELAYED"));

        given().auth().oauth2(reviewer()).get("/api/v1/meetings/attendance?year=" + month.plusMonths(1).getYear())
                .then().statusCode(200).body("find { it.officerId == '" + legal + "' }.present", equalTo(1));
        given().auth().oauth2(reviewer()).get("/api/v1/meetings/unrelayed?asOf=" + month.plusMonths(3).atDay(1)
                + "&unitId=" + unit).then().statusCode(200).body("size()", equalTo(0));
        given().auth().oauth2(token(officer, unit, "OFFICER")).get("/api/v1/meetings/" + id).then().statusCode(200);
        given().get("/meetings/" + id).then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("法制员例会议程")).body(containsString("文书错字"))
                .body(containsString("/assets/print.css")).body(org.hamcrest.Matchers.not(containsString("<script")));
    }

    @Test
    void an_event_of_an_unknown_type_is_skipped_counted_and_consumption_goes_on() {
        // a tolerant reader: a newer writer's type (not in the contracts) is skipped, not dead-lettered, and counted
        String type = "kaoping.evaluation.SomethingNewer";
        double before = projection.skipped(type).count();
        EventEnvelope unknown = new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID().toString(),
                "/kaoping/evaluation", type, unit, Instant.now(), "urn:kaoping:evaluation:SomethingNewer:v1",
                EventEnvelope.DATA_CONTENT_TYPE, null, Json.mapper().createObjectNode().put("unitId", unit));
        harness.apply(unknown, unknown);
        assertThat(projection.skipped(type).count() - before).isEqualTo(2.0);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("kaoping_projection_skipped_total{consumer=\"" + projection.name() + "\",type=\""
                        + type + "\"}"));
    }

    @Test
    void the_printable_agenda_of_a_current_month_draft_renders_even_with_empty_lines() {
        // the fault suite's case: a draft of the current month, then an agenda edited with lines left empty
        // ([null] in a list) answered 500 (List.copyOf refused the nulls, the page could not render a null line)
        YearMonth current = YearMonth.now();
        Response draft = given().auth().oauth2(reviewer()).contentType(ContentType.JSON)
                .body(Map.of("month", current.toString(), "heldOn", current.plusMonths(1).atDay(3).toString(),
                        "place", "局二楼会议室"))
                .post("/api/v1/meetings");
        draft.then().statusCode(201);
        String id = draft.path("id");
        given().get("/meetings/" + id).then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("法制员例会议程"));
        java.util.List<Object> withNull = new java.util.ArrayList<>();
        withNull.add(null);
        java.util.Map<String, Object> item = new java.util.HashMap<>(Map.of("itemCode", "DOC-01", "itemText", "文书错字",
                "count", 1));
        item.put("units", withNull);
        java.util.Map<String, Object> agenda = new java.util.HashMap<>();
        agenda.put("frequentItems", List.of(item));
        agenda.put("units", withNull);
        agenda.put("redCards", withNull);
        agenda.put("topics", List.of("通报本月考评情况"));
        given().auth().oauth2(reviewer()).contentType(ContentType.JSON).body(agenda)
                .put("/api/v1/meetings/" + id + "/agenda").then().statusCode(200)
                .body("agenda.frequentItems[0].units.size()", equalTo(0)).body("agenda.units.size()", equalTo(0));
        given().get("/meetings/" + id).then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("文书错字")).body(containsString("通报本月考评情况"));
    }

    @Test
    void ten_best_ten_worst_ranked_chosen_by_the_rules_confirmed_and_published() {
        given().auth().oauth2(reviewer()).contentType(ContentType.JSON).body(Map.of("period", month.toString()))
                .post("/api/v1/selections").then().statusCode(400).body("code", equalTo("NOT_A_SELECTION_PERIOD"));
        Response opened = given().auth().oauth2(reviewer()).contentType(ContentType.JSON)
                .body(Map.of("period", year + "-Q1")).post("/api/v1/selections");
        opened.then().statusCode(201).body("state", equalTo("DRAFT")).body("size", equalTo(10))
                // best: no veto and 优秀, highest score first: clean (100), f1 (98)
                .body("bestCandidates.caseFileId", equalTo(List.of(clean.id(), f1.id())))
                // worst: any deduction, veto first, then lowest score: veto (0), f1 (98); f2 and f3 have not ended
                .body("worstCandidates.caseFileId", equalTo(List.of(veto.id(), f1.id())));
        String id = opened.path("id");
        given().auth().oauth2(reviewer()).contentType(ContentType.JSON).body(Map.of("period", year + "-Q1"))
                .post("/api/v1/selections").then().statusCode(409).body("code", equalTo("SELECTION_EXISTS"));
        given().auth().oauth2(legalToken()).get("/api/v1/selections/" + id).then().statusCode(403);

        choose(id, List.of(clean.id()), List.of(clean.id())).then().statusCode(400)
                .body("code", equalTo("FILE_IN_BOTH_LISTS"));
        choose(id, List.of(veto.id()), List.of()).then().statusCode(409).body("code", equalTo("VETO_FILE_AMONG_BEST"))
                .body("detail", containsString(veto.caseNumber()));
        choose(id, List.of(), List.of(clean.id())).then().statusCode(409)
                .body("code", equalTo("NO_DEDUCTION_AMONG_WORST"));
        choose(id, List.of(), List.of(f3.id())).then().statusCode(400).body("code", equalTo("NOT_A_CANDIDATE"));
        choose(id, List.of(clean.id()), List.of(veto.id(), f1.id())).then().statusCode(200)
                .body("best", equalTo(List.of(clean.id())));

        given().auth().oauth2(reviewer()).post("/api/v1/selections/" + id + "/confirmation").then().statusCode(200)
                .body("state", equalTo("CONFIRMED")).body("confirmedBest[0].primaryOfficerId", equalTo(otherOfficer))
                .body("confirmedWorst[1].caseNumber", equalTo(f1.caseNumber()))
                .body("confirmedWorst[0].veto", equalTo(true));
        assertThat(published("SelectionConfirmed", id)).isEqualTo(1);
        choose(id, List.of(), List.of()).then().statusCode(409).body("code", equalTo("SELECTION_CONFIRMED"));
        given().auth().oauth2(reviewer()).post("/api/v1/selections/" + id + "/confirmation").then().statusCode(409);
        given().get("/selections/" + id).then().statusCode(200).body(containsString(clean.caseNumber()))
                .body(containsString("李四")).body(containsString("城东派出所")).body(containsString("十差案卷"));
    }

    @Test
    void a_class_with_self_check_lists_that_only_the_trainee_and_the_brigade_see_and_its_exam() {
        Response opened = given().auth().oauth2(reviewer()).contentType(ContentType.JSON)
                .body(Map.of("title", "后进民警培训班（第1期）", "startsOn", year + "-04-10", "endsOn", year + "-04-12",
                        "traineeIds", List.of(officer)))
                .post("/api/v1/classes");
        opened.then().statusCode(201).body("trainees[0].officerId", equalTo(officer));
        String id = opened.path("id");
        given().auth().oauth2(reviewer()).contentType(ContentType.JSON)
                .body(Map.of("title", "x", "startsOn", "2026-01-02", "endsOn", "2026-01-01", "traineeIds", List.of("x")))
                .post("/api/v1/classes").then().statusCode(400).body("errors.field", hasItem("endsOn"))
                .body("errors.field", hasItem("traineeIds[0]"));

        String selfCheck = "/api/v1/classes/" + id + "/trainees/" + officer + "/self-check";
        given().auth().oauth2(token(officer, unit, "OFFICER")).get(selfCheck).then().statusCode(200)
                .body("rows.size()", equalTo(3)).body("rows.caseNumber", hasItem(f1.caseNumber()))
                .body("rows[0].itemText", equalTo("文书错字")).body("rows[0].round", equalTo(1));
        given().auth().oauth2(legalToken()).get(selfCheck).then().statusCode(403);
        given().auth().oauth2(token(otherOfficer, otherUnit, "OFFICER")).get(selfCheck).then().statusCode(403);
        given().auth().oauth2(token(officer, unit, "OFFICER")).contentType(ContentType.JSON)
                .body(Map.of("rows", List.of(Map.of("caseFileId", veto.id(), "findingId", "R1-1", "selfCheck", "x"))))
                .put(selfCheck).then().statusCode(400).body("errors[0].field", equalTo("rows[0]"));
        given().auth().oauth2(token(officer, unit, "OFFICER")).contentType(ContentType.JSON)
                .body(Map.of("rows", List.of(Map.of("caseFileId", f1.id(), "findingId", "R1-1",
                        "selfCheck", "笔录漏签名", "understanding", "须当场核对签名"))))
                .put(selfCheck).then().statusCode(200);
        given().auth().oauth2(reviewer()).get(selfCheck).then().statusCode(200)
                .body("rows.find { it.caseFileId == '" + f1.id() + "' }.understanding", equalTo("须当场核对签名"));
        String before = given().auth().oauth2(reviewer()).get(selfCheck).asString();
        harness.clear();
        fed.forEach(harness::apply);
        assertThat(given().auth().oauth2(reviewer()).get(selfCheck).asString()).isEqualTo(before);

        String exams = "/api/v1/classes/" + id + "/trainees/" + officer + "/exams";
        given().auth().oauth2(reviewer()).contentType(ContentType.JSON).body(Map.of("heldOn", year + "-04-12", "score", 101))
                .post(exams).then().statusCode(400).body("code", equalTo("SCORE_OUT_OF_RANGE"));
        given().auth().oauth2(reviewer()).contentType(ContentType.JSON).body(Map.of("heldOn", year + "-04-12", "score", 70))
                .post(exams).then().statusCode(201).body("outcome", equalTo("RETAKE")).body("attempt", equalTo(1));
        assertThat(published("ExamOutcomeRecorded", officer)).isZero();
        given().auth().oauth2(reviewer()).contentType(ContentType.JSON).body(Map.of("heldOn", year + "-04-20", "score", 60))
                .post(exams).then().statusCode(201).body("outcome", equalTo("FAILED")).body("attempt", equalTo(2));
        given().auth().oauth2(reviewer()).contentType(ContentType.JSON).body(Map.of("heldOn", year + "-04-21", "score", 90))
                .post(exams).then().statusCode(409).body("code", equalTo("EXAM_FINISHED"));
        assertThat(published("ExamOutcomeRecorded", officer)).isEqualTo(1);
        given().auth().oauth2(reviewer()).get("/api/v1/classes/" + id).then().statusCode(200)
                .body("trainees[0].exams.size()", equalTo(2));
        given().get("/classes/" + id).then().statusCode(200).body(containsString("张三")).body(containsString("不合格"));
    }

    @Test
    void rotation_training_entered_imported_all_or_nothing_and_the_shortfall_per_unit() throws Exception {
        Map<String, Object> record = Map.of("officerId", officer, "course", "行政案件办理程序轮训班",
                "startsOn", year + "-03-01", "endsOn", year + "-03-12", "days", 10);
        given().auth().oauth2(legalToken()).contentType(ContentType.JSON).body(record).post("/api/v1/rotation-training")
                .then().statusCode(201).body("days", equalTo(10)).body("recordedBy", equalTo(legal));
        assertThat(published("RotationTrainingRecorded", officer)).isEqualTo(1);
        given().auth().oauth2(legalToken()).contentType(ContentType.JSON)
                .body(Map.of("officerId", otherOfficer, "course", "x", "startsOn", year + "-03-01",
                        "endsOn", year + "-03-01", "days", 1))
                .post("/api/v1/rotation-training").then().statusCode(400).body("errors[0].message", containsString("不属于本单位"));
        given().auth().oauth2(reviewer()).contentType(ContentType.JSON)
                .body(Map.of("officerId", officer, "course", "x", "startsOn", year + "-03-01",
                        "endsOn", year + "-03-02", "days", 3))
                .post("/api/v1/rotation-training").then().statusCode(400).body("errors[0].field", equalTo("days"));

        byte[] bad = sheet(List.of(List.of(policeNumber, "执法资格培训", year + "-05-08", year + "-05-10", "3"),
                List.of(policeNumber, "执法资格培训", "五月", year + "-05-10", "3")));
        given().auth().oauth2(legalToken()).contentType("application/octet-stream").body(bad)
                .post("/api/v1/rotation-training/import").then().statusCode(400).body("code", equalTo("SHEET_INVALID"))
                .body("errors[0].field", containsString("第3行"));
        given().auth().oauth2(reviewer()).get("/api/v1/rotation-training?officerId=" + officer).then()
                .body("total", equalTo(1));
        byte[] good = sheet(List.of(List.of(policeNumber, "执法资格培训", year + "-05-08", year + "-05-10", "3")));
        given().auth().oauth2(legalToken()).contentType("application/octet-stream").body(good)
                .post("/api/v1/rotation-training/import").then().statusCode(201).body("imported", equalTo(1));
        given().auth().oauth2(token(officer, unit, "OFFICER")).get("/api/v1/rotation-training").then()
                .statusCode(200).body("total", equalTo(2));

        given().auth().oauth2(reviewer()).get("/api/v1/rotation-training/shortfall?year=" + year + "&unitId=" + unit
                + "&asOf=" + year + "-12-31").then().statusCode(200).body("required", equalTo(15))
                .body("lines.find { it.officerId == '" + officer + "' }.days", equalTo(13.0f))
                .body("lines.find { it.officerId == '" + legal + "' }.days", equalTo(0));
        given().auth().oauth2(reviewer()).get("/api/v1/rotation-training/shortfall?year=" + year + "&unitId=" + unit
                + "&asOf=" + year + "-04-01").then().body("lines.find { it.officerId == '" + officer + "' }.days",
                equalTo(10.0f));
        given().auth().oauth2(legalToken()).get("/api/v1/rotation-training/shortfall?unitId=" + otherUnit).then()
                .statusCode(403);
        byte[] xlsx = given().auth().oauth2(reviewer()).get("/api/v1/rotation-training/shortfall/export?year=" + year
                + "&unitId=" + unit).then().statusCode(200).contentType(containsString("spreadsheetml"))
                .extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet s = workbook.getSheetAt(0);
            assertThat(s.getRow(0).getCell(1).getStringCellValue()).isEqualTo("警号");
            List<String> numbers = new ArrayList<>();
            for (int r = 1; r <= s.getLastRowNum(); r++) {
                numbers.add(s.getRow(r).getCell(1).getStringCellValue());
            }
            assertThat(numbers).contains(policeNumber);
        }
    }

    private Response choose(String id, List<String> best, List<String> worst) {
        return given().auth().oauth2(reviewer()).contentType(ContentType.JSON)
                .body(Map.of("best", best, "worst", worst, "panelIds", List.of(legal), "notes", "评审组意见"))
                .put("/api/v1/selections/" + id);
    }

    private static byte[] sheet(List<List<String>> rows) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("轮训");
            Row header = sheet.createRow(0);
            String[] headers = {"警号", "课程", "开始日期", "结束日期", "天数"};
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private long published(String type, String subject) {
        return db.withHandle(h -> h.createQuery("""
                        SELECT count(*) FROM outbox WHERE topic = 'kaoping.training.events.v1' AND record_key = :subject
                           AND payload LIKE :type""")
                .bind("subject", subject).bind("type", "%\"type\":\"kaoping.training." + type + "\"%")
                .mapTo(Long.class).one());
    }

    private String legalToken() {
        return token(legal, unit, "UNIT_LEGAL_OFFICER");
    }

    private static String reviewer() {
        return token("reviewer-1", "brigade", "REVIEWER");
    }

    private static String token(String subject, String unitId, String role) {
        return Infrastructure.shared().tokens().mint(subject, unitId, role);
    }
}
