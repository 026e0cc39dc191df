package cn.kaoping.evaluation.rest.casefiles;

import static cn.kaoping.evaluation.support.Api.as;
import static cn.kaoping.evaluation.support.Api.points;
import static cn.kaoping.evaluation.support.Bureau.finding;
import static cn.kaoping.evaluation.support.Bureau.findings;
import static cn.kaoping.evaluation.support.Bureau.register;
import static cn.kaoping.evaluation.support.BureauDays.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import cn.kaoping.evaluation.support.Api;
import cn.kaoping.evaluation.support.Bureau;
import cn.kaoping.evaluation.support.Bureau.Officer;
import cn.kaoping.evaluation.support.Bureau.Unit;
import cn.kaoping.evaluation.support.DrillRulebook;
import cn.kaoping.evaluation.support.EventStoreRows;
import cn.kaoping.evaluation.support.ServiceTime;
import cn.kaoping.runtime.db.Db;
import cn.kaoping.testkit.KaopingTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** E9 through the API: an officer of the file objects to its latest card; a reviewer of another unit decides. */
@QuarkusTest
@QuarkusTestResource(value = KaopingTestResource.class, initArgs = @ResourceArg(name = "database", value = "evaluation"))
class ObjectionApiTest {

    @Inject
    Db db;
    @Inject
    Clock clock;

    private final Bureau bureau = new Bureau();
    private EventStoreRows events;
    private Unit chengguan;
    private Officer legalOfficer;
    private Officer zhangsan;
    private Officer lisi;
    private Officer wangwu;
    private Officer reviewer;
    private Officer reviewerOfChengguan;
    private Unit brigade;

    @BeforeEach
    void setUp() {
        events = new EventStoreRows(db);
        chengguan = bureau.unit("城关派出所");
        brigade = bureau.unit("法制大队");
        legalOfficer = bureau.officer(chengguan, "王法制", "UNIT_LEGAL_OFFICER");
        zhangsan = bureau.officer(chengguan, "张三", "OFFICER");
        lisi = bureau.officer(chengguan, "李四", "OFFICER");
        wangwu = bureau.officer(chengguan, "王五", "OFFICER");
        reviewer = bureau.officer(brigade, "钱考评", "REVIEWER");
        reviewerOfChengguan = bureau.officer(chengguan, "城关考评员", "REVIEWER");
    }

    /** A file of 张三 with co-handler 李四, reviewed in round one with these findings. */
    private String reviewedFile(Map<?, ?>... roundOne) {
        String file = register(legalOfficer, chengguan, zhangsan, today().minusDays(1), lisi);
        as(legalOfficer.token()).body(findings()).post("/api/v1/case-files/" + file + "/pre-review").then().statusCode(200);
        as(legalOfficer.token()).post("/api/v1/case-files/" + file + "/submission").then().statusCode(200);
        as(reviewer.token()).body(findings(roundOne)).post("/api/v1/case-files/" + file + "/reviews").then().statusCode(200);
        return file;
    }

    private static Map<String, Object> objection(String reason) {
        return Map.of("reason", reason);
    }

    @Test
    void an_upheld_objection_withdraws_the_named_finding_and_recomputes_the_card() {
        String file = reviewedFile(finding("EV02", null, "笔录无当事人签名"), finding("DO01", null, "文书错字"));
        String path = "/api/v1/case-files/" + file;

        as(zhangsan.token()).body(objection("笔录第3页有当事人签名")).post(path + "/objection")
                .then().statusCode(200)
                .body("pendingObjectionRound", equalTo(1))
                .body("objectionDecisionDueOn", equalTo(today().plusDays(3).toString()));
        as(zhangsan.token()).body(objection("再议")).post(path + "/objection")
                .then().statusCode(409).body("code", equalTo("OBJECTION_PENDING"));

        long before = events.ofAggregate(file);
        as(reviewerOfChengguan.token()).body(Map.of("decision", "UPHELD", "withdrawnFindingIds", List.of("R1-1")))
                .post(path + "/objection/decision")
                .then().statusCode(403).body("code", equalTo("REVIEWER_OF_OWN_UNIT"));
        as(Api.tokens().mint(reviewerOfChengguan.id(), brigade.id(), "REVIEWER"))
                .body(Map.of("decision", "UPHELD", "withdrawnFindingIds", List.of("R1-1")))
                .post(path + "/objection/decision")
                .then().statusCode(403).body("code", equalTo("REVIEWER_OF_OWN_UNIT"));
        as(reviewer.token()).body(Map.of("decision", "UPHELD")).post(path + "/objection/decision")
                .then().statusCode(400).body("code", equalTo("WITHDRAWAL_REQUIRED"));
        as(reviewer.token()).body(Map.of("decision", "UPHELD", "withdrawnFindingIds", List.of("R9-9")))
                .post(path + "/objection/decision")
                .then().statusCode(400).body("code", equalTo("UNKNOWN_FINDING"));
        assertThat(events.ofAggregate(file)).isEqualTo(before);

        // DO01 2 remains → 98.
        as(reviewer.token()).body(Map.of("decision", "UPHELD", "withdrawnFindingIds", List.of("R1-1"),
                        "reasoning", "复核属实"))
                .post(path + "/objection/decision")
                .then().statusCode(200)
                .body("pendingObjectionRound", nullValue())
                .body("state", equalTo("REVIEWED"))
                .body("totalDeduction", equalTo(points("2")))
                .body("score", equalTo(points("98")))
                .body("history[-1].type", equalTo("ObjectionDecided"))
                .body("history[-1].summary", equalTo("异议成立，撤销问题 R1-1，扣 2.0 分，得分 98.0，优秀"));

        JsonPath cards = as(zhangsan.token()).get(path + "/cards").then().statusCode(200).extract().jsonPath();
        assertThat(cards.getString("[0].revisedBy")).isEqualTo(reviewer.id());
        assertThat(cards.getList("[0].card.findings.withdrawn", Boolean.class)).containsExactly(true, false);
        assertThat(cards.getList("[0].card.findings.countedPoints")).containsExactly(points("0"), points("2"));

        as(reviewer.token()).body(Map.of("decision", "REJECTED")).post(path + "/objection/decision")
                .then().statusCode(409).body("code", equalTo("NO_PENDING_OBJECTION"));
        as(lisi.token()).body(objection("再次异议")).post(path + "/objection")
                .then().statusCode(409).body("code", equalTo("OBJECTION_ALREADY_RAISED"));
    }

    @Test
    void a_co_handler_may_object_and_a_rejection_keeps_the_card() {
        String file = reviewedFile(finding("EV02", null, "笔录无当事人签名"));
        String path = "/api/v1/case-files/" + file;

        as(lisi.token()).body(objection("有签名")).post(path + "/objection").then().statusCode(200);
        as(reviewer.token()).body(Map.of("decision", "REJECTED", "reasoning", "维持")).post(path + "/objection/decision")
                .then().statusCode(200)
                .body("score", equalTo(points("98")))
                .body("history[-1].summary", equalTo("异议不成立，维持第 1 次考评"));
    }

    @Test
    void only_an_officer_of_the_file_objects_and_only_with_a_reason() {
        String file = reviewedFile(finding("EV02", null, "笔录无当事人签名"));
        String path = "/api/v1/case-files/" + file;
        long before = events.ofAggregate(file);

        as(wangwu.token()).body(objection("我也有意见")).post(path + "/objection")
                .then().statusCode(403).body("code", equalTo("OBJECTION_NOT_BY_HANDLING_OFFICER"));
        as(legalOfficer.token()).body(objection("法制员代提")).post(path + "/objection").then().statusCode(403);
        as(zhangsan.token()).body(objection(" ")).post(path + "/objection")
                .then().statusCode(400).body("code", equalTo("REQUIRED")).body("errors[0].field", equalTo("reason"));
        as(zhangsan.token()).body(objection("x")).post("/api/v1/case-files/no-such-file/objection").then().statusCode(404);
        as(legalOfficer.token()).body(Map.of("decision", "REJECTED")).post(path + "/objection/decision")
                .then().statusCode(403);

        assertThat(events.ofAggregate(file)).isEqualTo(before);
    }

    @Test
    void an_objection_after_its_period_is_refused_and_appends_nothing() {
        DrillRulebook drill = DrillRulebook.OBJECTION;
        drill.ensurePublished(bureau.admin());
        String file = register(legalOfficer, chengguan, zhangsan, drill.closedOn());
        String path = "/api/v1/case-files/" + file;
        as(legalOfficer.token()).post(path + "/submission").then().statusCode(200);
        as(reviewer.token()).body(findings(finding("EV02", null, "笔录无当事人签名"))).post(path + "/reviews")
                .then().statusCode(200).body("rulebookVersion", equalTo(drill.versionId()));
        // The period counts from the review, which is before this instant.
        ServiceTime.awaitPast(clock, clock.instant().plus(drill.objectionPeriod()).plusMillis(500));
        long before = events.ofAggregate(file);

        as(zhangsan.token()).body(objection("期限已过才提出")).post(path + "/objection")
                .then().statusCode(409).body("code", equalTo("OBJECTION_PERIOD_OVER"));

        assertThat(events.ofAggregate(file)).isEqualTo(before);
        as(zhangsan.token()).get(path).then().statusCode(200).body("pendingObjectionRound", nullValue());
    }

    @Test
    void no_objection_before_the_first_card() {
        String file = register(legalOfficer, chengguan, zhangsan, today());
        as(zhangsan.token()).body(objection("太早")).post("/api/v1/case-files/" + file + "/objection")
                .then().statusCode(409).body("code", equalTo("CASE_FILE_NOT_REVIEWED"));
    }

    @Test
    void withdrawing_every_round_one_finding_closes_the_evaluation() {
        String file = reviewedFile(finding("PR01", null, "未告知权利义务"));
        String path = "/api/v1/case-files/" + file;
        as(zhangsan.token()).body(objection("已告知，见笔录")).post(path + "/objection").then().statusCode(200);

        as(reviewer.token()).body(Map.of("decision", "UPHELD", "withdrawnFindingIds", List.of("R1-1")))
                .post(path + "/objection/decision")
                .then().statusCode(200)
                .body("state", equalTo("CLOSED"))
                .body("closingReason", equalTo("ALL_FINDINGS_WITHDRAWN"))
                .body("score", equalTo(points("100")))
                .body("classification", equalTo("CLEAN"))
                .body("rectificationDueOn", nullValue());
    }
}
