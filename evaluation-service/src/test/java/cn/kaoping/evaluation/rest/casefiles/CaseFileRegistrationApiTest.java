package cn.kaoping.evaluation.rest.casefiles;

import static cn.kaoping.evaluation.support.Api.anonymous;
import static cn.kaoping.evaluation.support.Api.as;
import static cn.kaoping.evaluation.support.Bureau.caseNumber;
import static cn.kaoping.evaluation.support.Bureau.newCaseFile;
import static cn.kaoping.evaluation.support.Bureau.register;
import static cn.kaoping.evaluation.support.BureauDays.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import cn.kaoping.evaluation.support.Api;
import cn.kaoping.evaluation.support.Bureau;
import cn.kaoping.evaluation.support.Bureau.Officer;
import cn.kaoping.evaluation.support.Bureau.Unit;
import cn.kaoping.evaluation.support.EventStoreRows;
import cn.kaoping.runtime.db.Db;
import cn.kaoping.testkit.KaopingTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** E1 and E8 through the API: registering a closed file, reading it, searching, and who may see what. */
@QuarkusTest
@QuarkusTestResource(value = KaopingTestResource.class, initArgs = @ResourceArg(name = "database", value = "evaluation"))
class CaseFileRegistrationApiTest {

    @Inject
    Db db;

    private final Bureau bureau = new Bureau();
    private EventStoreRows events;
    private Unit chengguan;
    private Unit xijiao;
    private Officer legalOfficer;
    private Officer otherLegalOfficer;
    private Officer zhangsan;
    private Officer lisi;
    private Officer wangwu;
    private Officer reviewer;

    @BeforeEach
    void setUp() {
        events = new EventStoreRows(db);
        chengguan = bureau.unit("城关派出所");
        xijiao = bureau.unit("西郊派出所");
        Unit brigade = bureau.unit("法制大队");
        legalOfficer = bureau.officer(chengguan, "王法制", "UNIT_LEGAL_OFFICER");
        otherLegalOfficer = bureau.officer(xijiao, "赵法制", "UNIT_LEGAL_OFFICER");
        zhangsan = bureau.officer(chengguan, "张三", "OFFICER");
        lisi = bureau.officer(chengguan, "李四", "OFFICER");
        wangwu = bureau.officer(chengguan, "王五", "OFFICER");
        reviewer = bureau.officer(brigade, "钱考评", "REVIEWER");
    }

    @Test
    void a_legal_officer_registers_a_closed_file_of_his_unit_and_sees_it_at_once() {
        LocalDate closedOn = today().minusDays(3);
        String caseNumber = caseNumber();

        JsonPath created = as(legalOfficer.token())
                .body(newCaseFile(caseNumber, chengguan, zhangsan, closedOn, lisi))
                .post("/api/v1/case-files")
                .then().statusCode(201)
                .body("state", equalTo("REGISTERED"))
                .body("submissionDueOn", equalTo(closedOn.plusMonths(1).toString()))
                .body("overdueSubmission", equalTo(false))
                .extract().jsonPath();
        String id = created.getString("id");

        as(legalOfficer.token()).get("/api/v1/case-files/" + id)
                .then().statusCode(200)
                .body("caseNumber", equalTo(caseNumber))
                .body("unitName", equalTo("城关派出所"))
                .body("primaryOfficerName", equalTo("张三"))
                .body("coHandlerIds", equalTo(List.of(lisi.id())))
                .body("rulebookVersion", equalTo("default-v1"))
                .body("score", nullValue())
                .body("history", hasSize(1))
                .body("history[0].type", equalTo("CaseFileRegistered"))
                .body("history[0].actorId", equalTo(legalOfficer.id()))
                .body("history[0].actorName", equalTo("王法制"));
    }

    @Test
    void a_file_closed_more_than_a_month_ago_is_overdue_at_once_with_the_missing_penalty() {
        LocalDate closedOn = today().minusMonths(2);
        LocalDate dueOn = closedOn.plusMonths(1);

        String id = register(legalOfficer, chengguan, zhangsan, closedOn);

        as(reviewer.token()).get("/api/v1/case-files/" + id)
                .then().statusCode(200)
                .body("state", equalTo("REGISTERED"))
                .body("overdueSubmission", equalTo(true))
                .body("processPenalties[0].code", equalTo("MISSING"))
                .body("totalDeduction", equalTo(Api.points("5")))
                .body("score", equalTo(Api.points("95")))
                .body("evaluationMonth", equalTo(dueOn.plusDays(1).toString().substring(0, 7)))
                .body("history.type", equalTo(List.of("CaseFileRegistered", "SubmissionOverdue")))
                .body("history[1].actorId", equalTo("system"));
    }

    @Test
    void an_admin_may_register_a_file_of_any_unit() {
        as(bureau.admin()).body(newCaseFile(caseNumber(), xijiao, bureau.officer(xijiao, "孙六", "OFFICER"),
                today())).post("/api/v1/case-files").then().statusCode(201);
    }

    @Test
    void a_case_number_is_registered_once() {
        String caseNumber = caseNumber();
        as(legalOfficer.token()).body(newCaseFile(caseNumber, chengguan, zhangsan, today())).post("/api/v1/case-files")
                .then().statusCode(201);
        long before = events.total();

        as(legalOfficer.token()).body(newCaseFile(caseNumber, chengguan, lisi, today())).post("/api/v1/case-files")
                .then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("DUPLICATE_CASE_NUMBER"))
                .body("detail", equalTo("案件编号 " + caseNumber + " 已登记"));

        assertThat(events.total()).isEqualTo(before);
    }

    @Test
    void a_closing_date_in_the_future_is_refused_and_nothing_is_appended() {
        long before = events.total();

        as(legalOfficer.token()).header("Accept-Language", "en")
                .body(newCaseFile(caseNumber(), chengguan, zhangsan, today().plusDays(2)))
                .post("/api/v1/case-files")
                .then().statusCode(400)
                .body("code", equalTo("CLOSED_ON_IN_FUTURE"))
                .body("errors[0].field", equalTo("closedOn"))
                .body("detail", equalTo("the closing date " + today().plusDays(2) + " is after today (" + today() + ")"));

        assertThat(events.total()).isEqualTo(before);
    }

    @Test
    void unknown_unit_and_officers_are_refused_field_by_field() {
        Map<String, Object> body = new HashMap<>(newCaseFile(caseNumber(), chengguan, zhangsan, today()));
        body.put("primaryOfficerId", "nobody");
        body.put("coHandlerIds", List.of(lisi.id(), "ghost"));
        long before = events.total();

        as(legalOfficer.token()).body(body).post("/api/v1/case-files")
                .then().statusCode(400)
                .body("code", equalTo("UNKNOWN_OFFICER"))
                .body("errors.field", equalTo(List.of("primaryOfficerId", "coHandlerIds[1]")));

        body.put("unitId", "no-unit");
        as(bureau.admin()).body(body).post("/api/v1/case-files")
                .then().statusCode(400).body("errors[0].field", equalTo("unitId"))
                .body("errors[0].message", equalTo("单位 no-unit 未登记"));
        assertThat(events.total()).isEqualTo(before);
    }

    @Test
    void the_primary_officer_belongs_to_the_handling_unit() {
        Officer stranger = bureau.officer(xijiao, "外单位民警", "OFFICER");
        as(legalOfficer.token()).body(newCaseFile(caseNumber(), chengguan, stranger, today()))
                .post("/api/v1/case-files")
                .then().statusCode(400).body("code", equalTo("OFFICER_NOT_OF_UNIT"));
    }

    @Test
    void missing_fields_and_malformed_values_are_named() {
        as(legalOfficer.token()).body(Map.of("unitId", chengguan.id())).post("/api/v1/case-files")
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("caseNumber", "kind", "primaryOfficerId", "closedOn")));
        as(legalOfficer.token()).body("{\"unitId\":\"" + chengguan.id() + "\",\"closedOn\":\"tomorrow\"}")
                .post("/api/v1/case-files")
                .then().statusCode(400).body("code", equalTo("MALFORMED_JSON"))
                .body("errors[0].field", equalTo("closedOn"));
    }

    @Test
    void a_legal_officer_registers_only_for_his_unit_and_officers_not_at_all() {
        as(otherLegalOfficer.token()).body(newCaseFile(caseNumber(), chengguan, zhangsan, today()))
                .post("/api/v1/case-files").then().statusCode(403);
        as(zhangsan.token()).body(newCaseFile(caseNumber(), chengguan, zhangsan, today()))
                .post("/api/v1/case-files").then().statusCode(403);
        anonymous().body(newCaseFile(caseNumber(), chengguan, zhangsan, today()))
                .post("/api/v1/case-files").then().statusCode(401);
    }

    @Test
    void a_file_is_seen_by_its_officers_its_unit_and_the_bureau_only() {
        String id = register(legalOfficer, chengguan, zhangsan, today(), lisi);

        for (String token : List.of(zhangsan.token(), lisi.token(), legalOfficer.token(), reviewer.token(),
                Api.leadership(), bureau.admin())) {
            as(token).get("/api/v1/case-files/" + id).then().statusCode(200);
            as(token).get("/api/v1/case-files/" + id + "/cards").then().statusCode(200).body("", hasSize(0));
        }
        for (String token : List.of(wangwu.token(), otherLegalOfficer.token())) {
            as(token).get("/api/v1/case-files/" + id).then().statusCode(403);
            as(token).get("/api/v1/case-files/" + id + "/cards").then().statusCode(403);
        }
        anonymous().get("/api/v1/case-files/" + id).then().statusCode(401);
        as(reviewer.token()).get("/api/v1/case-files/no-such-file").then().statusCode(404);
    }

    @Test
    void a_search_returns_what_the_caller_may_see() {
        String mine = register(legalOfficer, chengguan, zhangsan, today());
        String coHandled = register(legalOfficer, chengguan, lisi, today(), zhangsan);
        String notMine = register(legalOfficer, chengguan, wangwu, today());

        assertThat(ids(as(zhangsan.token()).queryParam("unitId", chengguan.id())))
                .containsExactlyInAnyOrder(mine, coHandled);
        assertThat(ids(as(legalOfficer.token()).queryParam("unitId", chengguan.id())))
                .containsExactlyInAnyOrder(mine, coHandled, notMine);
        assertThat(ids(as(reviewer.token()).queryParam("officerId", zhangsan.id())))
                .containsExactlyInAnyOrder(mine, coHandled);
        assertThat(ids(as(reviewer.token()).queryParam("unitId", chengguan.id()).queryParam("state", "CLOSED")))
                .isEmpty();
        assertThat(ids(as(otherLegalOfficer.token()))).doesNotContain(mine, coHandled, notMine);

        as(otherLegalOfficer.token()).queryParam("unitId", chengguan.id()).get("/api/v1/case-files")
                .then().statusCode(403);
        as(zhangsan.token()).queryParam("officerId", wangwu.id()).get("/api/v1/case-files").then().statusCode(403);
        as(reviewer.token()).queryParam("state", "LOST").get("/api/v1/case-files")
                .then().statusCode(400).body("errors[0].field", equalTo("state"));
        as(reviewer.token()).queryParam("reviewedFrom", "2017-13-01").get("/api/v1/case-files")
                .then().statusCode(400).body("errors[0].field", equalTo("reviewedFrom"));
        anonymous().get("/api/v1/case-files").then().statusCode(401);
    }

    @Test
    void the_search_is_paged() {
        register(legalOfficer, chengguan, zhangsan, today());
        register(legalOfficer, chengguan, zhangsan, today());
        JsonPath page = as(legalOfficer.token()).queryParam("unitId", chengguan.id())
                .queryParam("page", 1).queryParam("size", 1)
                .get("/api/v1/case-files").then().statusCode(200).extract().jsonPath();

        assertThat(page.getList("items")).hasSize(1);
        assertThat(page.getLong("total")).isEqualTo(2);
        assertThat(page.getInt("page")).isEqualTo(1);
    }

    private static List<String> ids(io.restassured.specification.RequestSpecification request) {
        return request.queryParam("size", 500).get("/api/v1/case-files")
                .then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
    }
}
