package cn.kaoping.evaluation.rest.officers;

import static cn.kaoping.evaluation.support.Api.as;
import static io.restassured.RestAssured.given;
import static cn.kaoping.evaluation.support.BureauDays.today;
import static cn.kaoping.evaluation.support.Bureau.findings;
import static cn.kaoping.evaluation.support.Bureau.register;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
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
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * People change (issue #13): an ADMIN corrects, transfers and deactivates officers; what an officer may do follows
 * at once through the registry, while files keep the unit they were registered under.
 */
@QuarkusTest
@QuarkusTestResource(value = KaopingTestResource.class, initArgs = @ResourceArg(name = "database", value = "evaluation"))
class OfficerChangesApiTest {

    @Inject
    Db db;

    private final Bureau bureau = new Bureau();
    private EventStoreRows events;
    private Unit chengguan;
    private Unit xijiao;
    private Unit brigade;
    private Officer legalOfficer;
    private Officer zhangsan;

    @BeforeEach
    void setUp() {
        events = new EventStoreRows(db);
        chengguan = bureau.unit("城关派出所");
        xijiao = bureau.unit("西郊派出所");
        brigade = bureau.unit("法制大队");
        legalOfficer = bureau.officer(chengguan, "王法制", "UNIT_LEGAL_OFFICER");
        zhangsan = bureau.officer(chengguan, "张三", "OFFICER");
    }

    private static String officerPath(Officer officer) {
        return "/api/v1/officers/" + officer.id();
    }

    private void transfer(Officer officer, Unit to) {
        as(bureau.admin()).body(Map.of("unitId", to.id(), "effectiveOn", today().toString()))
                .post(officerPath(officer) + "/transfer").then().statusCode(200).body("unitId", equalTo(to.id()));
    }

    @Test
    void an_admin_corrects_an_officers_name_and_roles() {
        as(bureau.admin()).body(Map.of("name", "张三丰", "roles", List.of("UNIT_LEGAL_OFFICER", "OFFICER")))
                .put(officerPath(zhangsan))
                .then().statusCode(200)
                .body("name", equalTo("张三丰")).body("roles", equalTo(List.of("OFFICER", "UNIT_LEGAL_OFFICER")))
                .body("unitId", equalTo(chengguan.id())).body("active", equalTo(true));
        as(bureau.admin()).get(officerPath(zhangsan)).then().body("name", equalTo("张三丰"));
        long before = events.ofAggregate(zhangsan.id());

        // The same again is no change.
        as(bureau.admin()).body(Map.of("name", "张三丰", "roles", List.of("OFFICER", "UNIT_LEGAL_OFFICER")))
                .put(officerPath(zhangsan)).then().statusCode(200);
        assertThat(events.ofAggregate(zhangsan.id())).isEqualTo(before);
    }

    @Test
    void bad_bodies_are_400_unknown_officers_404_and_only_an_admin_may() {
        long before = events.total();
        as(bureau.admin()).body(Map.of("name", " ", "roles", List.of())).put(officerPath(zhangsan))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("name", "roles")));
        as(bureau.admin()).body(Map.of("name", "张三", "roles", List.of("SHERIFF"))).put(officerPath(zhangsan))
                .then().statusCode(400).body("code", equalTo("MALFORMED_JSON"));
        as(bureau.admin()).body(Map.of("unitId", "no-such-unit", "effectiveOn", today().toString()))
                .post(officerPath(zhangsan) + "/transfer")
                .then().statusCode(400).body("code", equalTo("UNKNOWN_UNIT")).body("errors[0].field", equalTo("unitId"));
        as(bureau.admin()).body(Map.of("unitId", chengguan.id(), "effectiveOn", today().toString()))
                .post(officerPath(zhangsan) + "/transfer")
                .then().statusCode(400).body("code", equalTo("TRANSFER_TO_SAME_UNIT"));
        as(bureau.admin()).header("Accept-Language", "en")
                .body(Map.of("unitId", xijiao.id(), "effectiveOn", today().plusDays(1).toString()))
                .post(officerPath(zhangsan) + "/transfer")
                .then().statusCode(400).body("code", equalTo("EFFECTIVE_ON_IN_FUTURE"))
                .body("errors[0].message", equalTo("the effective date " + today().plusDays(1) + " is after today ("
                        + today() + ")"));
        as(bureau.admin()).body(Map.of("unitId", xijiao.id())).post(officerPath(zhangsan) + "/transfer")
                .then().statusCode(400).body("errors[0].field", equalTo("effectiveOn"));
        as(bureau.admin()).body("{\"effectiveOn\":\"tomorrow\"}").post(officerPath(zhangsan) + "/deactivation")
                .then().statusCode(400).contentType("application/problem+json");
        assertThat(events.total()).isEqualTo(before);

        as(bureau.admin()).body(Map.of("name", "无名", "roles", List.of("OFFICER"))).put("/api/v1/officers/nobody")
                .then().statusCode(404);
        as(bureau.admin()).body(Map.of("unitId", xijiao.id(), "effectiveOn", today().toString()))
                .post("/api/v1/officers/nobody/transfer").then().statusCode(404);
        as(bureau.admin()).post("/api/v1/officers/nobody/deactivation").then().statusCode(404);
        as(legalOfficer.token()).body(Map.of("name", "张三丰", "roles", List.of("OFFICER"))).put(officerPath(zhangsan))
                .then().statusCode(403);
        as(legalOfficer.token()).post(officerPath(zhangsan) + "/deactivation").then().statusCode(403);
    }

    @Test
    void a_deactivated_officer_is_deactivated_once_transferred_and_changed_no_more() {
        as(bureau.admin()).body(Map.of("effectiveOn", today().minusDays(2).toString()))
                .post(officerPath(zhangsan) + "/deactivation")
                .then().statusCode(200).body("active", equalTo(false))
                .body("deactivatedOn", equalTo(today().minusDays(2).toString()));
        long before = events.ofAggregate(zhangsan.id());

        as(bureau.admin()).post(officerPath(zhangsan) + "/deactivation")
                .then().statusCode(409).body("code", equalTo("OFFICER_DEACTIVATED"))
                .body("detail", equalTo("民警 " + zhangsan.id() + " 已于 " + today().minusDays(2) + " 注销"));
        as(bureau.admin()).body(Map.of("unitId", xijiao.id(), "effectiveOn", today().toString()))
                .post(officerPath(zhangsan) + "/transfer")
                .then().statusCode(409).body("code", equalTo("OFFICER_DEACTIVATED"));
        as(bureau.admin()).body(Map.of("name", "张三丰", "roles", List.of("OFFICER"))).put(officerPath(zhangsan))
                .then().statusCode(409).body("code", equalTo("OFFICER_DEACTIVATED"));
        assertThat(events.ofAggregate(zhangsan.id())).isEqualTo(before);
    }

    @Test
    void a_file_naming_a_deactivated_officer_is_refused() {
        Officer lisi = bureau.officer(chengguan, "李四", "OFFICER");
        // As curl -X POST sends it: no body, no Content-Type.
        given().auth().oauth2(bureau.admin()).post(officerPath(lisi) + "/deactivation").then().statusCode(200)
                .body("deactivatedOn", equalTo(today().toString()));
        long before = events.total();

        as(legalOfficer.token()).body(Bureau.newCaseFile(Bureau.caseNumber(), chengguan, lisi, today().minusDays(3)))
                .post("/api/v1/case-files")
                .then().statusCode(400).body("code", equalTo("HANDLING_OFFICER_DEACTIVATED"))
                .body("errors[0].field", equalTo("primaryOfficerId"))
                .body("errors[0].message", equalTo("民警 " + lisi.id() + " 已于 " + today() + " 注销，不能作为办案民警"));
        as(legalOfficer.token()).header("Accept-Language", "en")
                .body(Bureau.newCaseFile(Bureau.caseNumber(), chengguan, zhangsan, today().minusDays(3), lisi))
                .post("/api/v1/case-files")
                .then().statusCode(400).body("code", equalTo("HANDLING_OFFICER_DEACTIVATED"))
                .body("errors[0].field", equalTo("coHandlerIds[0]"))
                .body("errors[0].message", equalTo("officer " + lisi.id() + " was deactivated on " + today()
                        + " and may not handle a file"));
        assertThat(events.total()).isEqualTo(before);
    }

    @Test
    void a_deactivated_officers_token_may_do_nothing() {
        String file = register(legalOfficer, chengguan, zhangsan, today().minusDays(3));
        as(bureau.admin()).post(officerPath(legalOfficer) + "/deactivation").then().statusCode(200);

        as(legalOfficer.token()).body(findings()).post("/api/v1/case-files/" + file + "/pre-review")
                .then().statusCode(403);
        as(legalOfficer.token()).post("/api/v1/case-files/" + file + "/submission").then().statusCode(403);
        as(legalOfficer.token()).body(Bureau.newCaseFile(Bureau.caseNumber(), chengguan, zhangsan,
                today().minusDays(3))).post("/api/v1/case-files").then().statusCode(403);
        as(legalOfficer.token()).get("/api/v1/case-files/" + file).then().statusCode(403);
    }

    @Test
    void a_legal_officer_transferred_away_no_longer_acts_for_his_old_unit_whose_files_keep_their_unit() {
        String file = register(legalOfficer, chengguan, zhangsan, today().minusDays(3));
        transfer(legalOfficer, xijiao);

        // His token still names 城关: the registry knows better.
        as(legalOfficer.token()).body(findings()).post("/api/v1/case-files/" + file + "/pre-review")
                .then().statusCode(403);
        as(Api.tokens().mint(legalOfficer.id(), xijiao.id(), "UNIT_LEGAL_OFFICER")).body(findings())
                .post("/api/v1/case-files/" + file + "/pre-review").then().statusCode(403);
        as(bureau.admin()).get("/api/v1/case-files/" + file).then().statusCode(200)
                .body("unitId", equalTo(chengguan.id()));
        // He acts for his new unit now.
        Officer wangwu = bureau.officer(xijiao, "王五", "OFFICER");
        as(legalOfficer.token()).body(Bureau.newCaseFile(Bureau.caseNumber(), xijiao, wangwu, today().minusDays(3)))
                .post("/api/v1/case-files").then().statusCode(201).body("unitId", equalTo(xijiao.id()));
    }

    @Test
    void a_transferred_officers_files_stay_his_under_the_unit_they_were_registered_in() {
        String file = register(legalOfficer, chengguan, zhangsan, today().minusDays(3));
        transfer(zhangsan, xijiao);

        as(zhangsan.token()).get("/api/v1/case-files/" + file).then().statusCode(200)
                .body("unitId", equalTo(chengguan.id())).body("primaryOfficerId", equalTo(zhangsan.id()));
        as(bureau.admin()).queryParam("officerId", zhangsan.id()).get("/api/v1/case-files")
                .then().statusCode(200).body("items.id", equalTo(List.of(file)));
        // 城关's legal officer still handles the file of the officer who left.
        as(legalOfficer.token()).body(findings()).post("/api/v1/case-files/" + file + "/pre-review")
                .then().statusCode(200);
        // A new 城关 file may no longer name him as primary officer: he belongs to 西郊 now.
        as(legalOfficer.token()).body(Bureau.newCaseFile(Bureau.caseNumber(), chengguan, zhangsan,
                today().minusDays(3))).post("/api/v1/case-files")
                .then().statusCode(400).body("code", equalTo("OFFICER_NOT_OF_UNIT"));
    }

    @Test
    void a_reviewer_transferred_into_a_unit_no_longer_reviews_its_files() {
        Officer reviewer = bureau.officer(brigade, "赵考评", "REVIEWER");
        String file = register(legalOfficer, chengguan, zhangsan, today().minusDays(3));
        as(legalOfficer.token()).post("/api/v1/case-files/" + file + "/submission").then().statusCode(200);
        transfer(reviewer, chengguan);

        // His token still names the brigade.
        as(reviewer.token()).body(findings()).post("/api/v1/case-files/" + file + "/reviews")
                .then().statusCode(403).body("code", equalTo("REVIEWER_OF_OWN_UNIT"));
        as(bureau.admin()).get(officerPath(reviewer)).then().body("unitId", equalTo(chengguan.id()))
                .body("deactivatedOn", nullValue());
    }
}
