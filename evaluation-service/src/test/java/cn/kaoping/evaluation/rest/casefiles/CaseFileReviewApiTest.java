package cn.kaoping.evaluation.rest.casefiles;

import static cn.kaoping.evaluation.support.Api.anonymous;
import static cn.kaoping.evaluation.support.Api.as;
import static cn.kaoping.evaluation.support.Api.points;
import static cn.kaoping.evaluation.support.Bureau.finding;
import static cn.kaoping.evaluation.support.Bureau.findings;
import static cn.kaoping.evaluation.support.Bureau.register;
import static cn.kaoping.evaluation.support.BureauDays.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import cn.kaoping.evaluation.infrastructure.deadlines.DeadlineScheduler;
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
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** E2–E6 through the API: pre-review, submission, round one, resubmission, round two, the cards. */
@QuarkusTest
@QuarkusTestResource(value = KaopingTestResource.class, initArgs = @ResourceArg(name = "database", value = "evaluation"))
class CaseFileReviewApiTest {

    @Inject
    Db db;
    @Inject
    Clock clock;
    @Inject
    DeadlineScheduler scheduler;

    private final Bureau bureau = new Bureau();
    private EventStoreRows events;
    private Unit chengguan;
    private Officer legalOfficer;
    private Officer otherLegalOfficer;
    private Officer zhangsan;
    private Officer reviewer;
    private Officer reviewerOfChengguan;
    private Unit brigade;
    private String file;

    @BeforeEach
    void setUp() {
        events = new EventStoreRows(db);
        chengguan = bureau.unit("城关派出所");
        Unit xijiao = bureau.unit("西郊派出所");
        brigade = bureau.unit("法制大队");
        legalOfficer = bureau.officer(chengguan, "王法制", "UNIT_LEGAL_OFFICER");
        otherLegalOfficer = bureau.officer(xijiao, "赵法制", "UNIT_LEGAL_OFFICER");
        zhangsan = bureau.officer(chengguan, "张三", "OFFICER");
        reviewer = bureau.officer(brigade, "钱考评", "REVIEWER");
        reviewerOfChengguan = bureau.officer(chengguan, "城关考评员", "REVIEWER");
        file = register(legalOfficer, chengguan, zhangsan, today().minusDays(3));
    }

    private String path(String tail) {
        return "/api/v1/case-files/" + file + tail;
    }

    private void preReview() {
        as(legalOfficer.token()).body(findings(finding("EV02", null, "笔录无当事人签名")))
                .post(path("/pre-review")).then().statusCode(200);
    }

    private void submit() {
        as(legalOfficer.token()).post(path("/submission")).then().statusCode(200);
    }

    @Test
    void the_legal_officer_pre_reviews_and_the_file_shows_it_at_once() {
        as(legalOfficer.token()).body(findings(finding("EV02", null, "笔录无当事人签名"), finding("DO01", "1.5", "文书错字")))
                .post(path("/pre-review"))
                .then().statusCode(200)
                .body("state", equalTo("PRE_REVIEWED"))
                .body("preReviews", equalTo(1))
                .body("latestPreReview.findings.findingId", equalTo(List.of("P1-1", "P1-2")))
                .body("latestPreReview.findings[1].points", equalTo(points("1.5")));

        as(zhangsan.token()).get(path("")).then().statusCode(200)
                .body("state", equalTo("PRE_REVIEWED"))
                .body("history.type", equalTo(List.of("CaseFileRegistered", "CaseFilePreReviewed")))
                .body("history[1].summary", equalTo("法制员第 1 次初评，记录问题 2 项"));
    }

    @Test
    void wrong_findings_are_refused_one_by_one_and_nothing_is_appended() {
        long before = events.ofAggregate(file);

        refused(finding("ZZ99", null, "无此条目"), "UNKNOWN_RULEBOOK_ITEM", "findings[0].itemCode",
                "考评细则中没有条目 ZZ99");
        refused(finding("EV02", "3", "超过上限"), "POINTS_ABOVE_MAXIMUM", "findings[0].points",
                "扣分 3 超过该条目的上限 2");
        refused(finding("EV02", "-1", "负分"), "NEGATIVE_POINTS", "findings[0].points", "扣分不能为负数（-1）");
        refused(Map.of("itemCode", "EV02"), "NOTE_REQUIRED", "findings[0].note", "条目 EV02 须填写说明");

        assertThat(events.ofAggregate(file)).isEqualTo(before);
        as(legalOfficer.token()).get(path("")).then().body("state", equalTo("REGISTERED"));
    }

    private void refused(Map<String, Object> finding, String code, String field, String message) {
        as(legalOfficer.token()).body(findings(finding)).post(path("/pre-review"))
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo(code))
                .body("errors[0].field", equalTo(field))
                .body("errors[0].message", equalTo(message));
    }

    @Test
    void only_the_legal_officer_of_the_unit_pre_reviews_and_submits() {
        as(otherLegalOfficer.token()).body(findings()).post(path("/pre-review")).then().statusCode(403);
        as(zhangsan.token()).body(findings()).post(path("/pre-review")).then().statusCode(403);
        as(otherLegalOfficer.token()).post(path("/submission")).then().statusCode(403);
        as(reviewer.token()).post(path("/submission")).then().statusCode(403);
        anonymous().post(path("/submission")).then().statusCode(401);
        as(legalOfficer.token()).post("/api/v1/case-files/no-such-file/submission").then().statusCode(404);
    }

    @Test
    void a_file_submitted_on_time_after_pre_review_carries_no_penalty_and_is_submitted_once() {
        preReview();

        as(legalOfficer.token()).post(path("/submission"))
                .then().statusCode(200)
                .body("state", equalTo("SUBMITTED"))
                .body("submittedOn", equalTo(today().toString()))
                .body("submittedLate", equalTo(false))
                .body("processPenalties", hasSize(0));
        long before = events.ofAggregate(file);

        as(legalOfficer.token()).post(path("/submission"))
                .then().statusCode(409).body("code", equalTo("CASE_FILE_ALREADY_SUBMITTED"));
        as(legalOfficer.token()).body(findings(finding("EV02", null, "再次初评"))).post(path("/pre-review"))
                .then().statusCode(409).body("code", equalTo("CASE_FILE_ALREADY_SUBMITTED"));
        assertThat(events.ofAggregate(file)).isEqualTo(before);
    }

    @Test
    void a_file_submitted_without_pre_review_costs_two_points() {
        as(legalOfficer.token()).post(path("/submission"))
                .then().statusCode(200)
                .body("processPenalties.code", equalTo(List.of("NO_PREREVIEW")))
                .body("processPenalties[0].points", equalTo(points("2")));
    }

    @Test
    void a_file_is_reviewed_only_after_submission_and_never_by_a_reviewer_of_its_unit() {
        long before = events.ofAggregate(file);
        as(reviewer.token()).body(findings()).post(path("/reviews"))
                .then().statusCode(409).body("code", equalTo("CASE_FILE_NOT_SUBMITTED"));
        submit();

        as(reviewerOfChengguan.token()).body(findings()).post(path("/reviews"))
                .then().statusCode(403).body("code", equalTo("REVIEWER_OF_OWN_UNIT"));
        // The registry knows he belongs to 城关, whatever unit his token names or leaves out.
        as(Api.tokens().mint(reviewerOfChengguan.id(), brigade.id(), "REVIEWER")).body(findings())
                .post(path("/reviews")).then().statusCode(403).body("code", equalTo("REVIEWER_OF_OWN_UNIT"));
        as(Api.tokens().mint(reviewerOfChengguan.id(), null, "REVIEWER")).body(findings())
                .post(path("/reviews")).then().statusCode(401).contentType("application/problem+json");
        // A token may not grant a role the registry does not: 城关's legal officer is no reviewer.
        as(Api.tokens().mint(legalOfficer.id(), chengguan.id(), "UNIT_LEGAL_OFFICER", "REVIEWER")).body(findings())
                .post(path("/reviews")).then().statusCode(403);
        as(legalOfficer.token()).body(findings()).post(path("/reviews")).then().statusCode(403);
        anonymous().body(findings()).post(path("/reviews")).then().statusCode(401);
        as(reviewer.token()).body(findings(finding("EV02", "1.55", "太精确"))).post(path("/reviews"))
                .then().statusCode(400).body("code", equalTo("POINTS_TOO_PRECISE"));
        as(reviewer.token()).body("{\"findings\": [{\"itemCode\": \"EV02\", \"points\": \"two\"}]}")
                .post(path("/reviews")).then().statusCode(400).body("code", equalTo("MALFORMED_JSON"));
        assertThat(events.ofAggregate(file)).isEqualTo(before + 1);
    }

    /**
     * The deadline scheduler closes such a file within a second of its deadline (then the answer is
     * CASE_FILE_CLOSED); stopped here, it leaves open the moment in which the aggregate itself must refuse.
     */
    @Test
    void a_resubmission_after_the_rectification_deadline_is_refused_and_appends_nothing() {
        DrillRulebook drill = DrillRulebook.RECTIFICATION;
        drill.ensurePublished(bureau.admin());
        scheduler.stop();
        try {
            String late = register(legalOfficer, chengguan, zhangsan, drill.closedOn());
            String path = "/api/v1/case-files/" + late;
            as(legalOfficer.token()).post(path + "/submission").then().statusCode(200);
            as(reviewer.token()).body(findings(finding("DO01", null, "文书错字"))).post(path + "/reviews")
                    .then().statusCode(200)
                    .body("state", equalTo("REVIEWED")).body("rulebookVersion", equalTo(drill.versionId()));
            // The period counts from the review, which is before this instant.
            ServiceTime.awaitPast(clock, clock.instant().plus(drill.rectificationPeriod()).plusMillis(500));
            long before = events.ofAggregate(late);

            as(legalOfficer.token()).post(path + "/submission")
                    .then().statusCode(409).body("code", equalTo("RECTIFICATION_DEADLINE_PASSED"));

            assertThat(events.ofAggregate(late)).isEqualTo(before);
            as(legalOfficer.token()).get(path).then().statusCode(200).body("state", equalTo("REVIEWED"));
        } finally {
            scheduler.start();
        }
    }

    @Test
    void round_one_without_findings_closes_the_file_with_full_marks() {
        preReview();
        submit();

        as(reviewer.token()).body(findings()).post(path("/reviews"))
                .then().statusCode(200)
                .body("state", equalTo("CLOSED"))
                .body("closingReason", equalTo("NO_FINDINGS_IN_ROUND_ONE"))
                .body("score", equalTo(points("100")))
                .body("grade", equalTo("EXCELLENT"))
                .body("classification", equalTo("CLEAN"))
                .body("rectificationDueOn", equalTo(null));
        as(reviewer.token()).body(findings()).post(path("/reviews"))
                .then().statusCode(409).body("code", equalTo("CASE_FILE_CLOSED"));
    }

    @Test
    void round_one_with_findings_asks_for_rectification_and_round_two_counts_the_unrectified_twice() {
        preReview();
        submit();

        // Round one: EV02 2 + DO01 2 = 4 → 96, 优秀, 执法不规范.
        as(reviewer.token()).body(findings(finding("EV02", null, "笔录无当事人签名"), finding("DO01", null, "文书错字")))
                .post(path("/reviews"))
                .then().statusCode(200)
                .body("state", equalTo("REVIEWED"))
                .body("currentRound", equalTo(1))
                .body("totalDeduction", equalTo(points("4")))
                .body("score", equalTo(points("96")))
                .body("grade", equalTo("EXCELLENT"))
                .body("classification", equalTo("NOT_STANDARDIZED"))
                .body("roundOneReviewedOn", equalTo(today().toString()))
                .body("rectificationDueOn", equalTo(today().plusMonths(1).toString()))
                .body("objectionDueOn", equalTo(today().plusDays(3).toString()))
                .body("evaluationMonth", equalTo(YearMonth.from(today()).toString()));

        as(reviewer.token()).body(findings()).post(path("/reviews"))
                .then().statusCode(409).body("code", equalTo("CASE_FILE_NOT_RESUBMITTED"));
        as(legalOfficer.token()).post(path("/submission")).then().statusCode(200).body("state", equalTo("RESUBMITTED"));

        long before = events.ofAggregate(file);
        as(reviewer.token()).body(Map.of("rectifiedFindingIds", List.of("R1-1"))).post(path("/reviews"))
                .then().statusCode(400).body("code", equalTo("FINDING_NOT_MARKED"))
                .body("errors[0].field", equalTo("rectifiedFindingIds"));
        assertThat(events.ofAggregate(file)).isEqualTo(before);

        // Round two: R1-1 rectified 2, R1-2 unrectified 2 × 2 = 4, new FI01 1 → 7 → 93.
        as(reviewer.token()).body(Map.of("rectifiedFindingIds", List.of("R1-1"), "unrectifiedFindingIds", List.of("R1-2"),
                        "findings", List.of(finding("FI01", null, "卷宗未按顺序装订"))))
                .post(path("/reviews"))
                .then().statusCode(200)
                .body("state", equalTo("CLOSED"))
                .body("closingReason", equalTo("ROUND_TWO_REVIEWED"))
                .body("currentRound", equalTo(2))
                .body("totalDeduction", equalTo(points("7")))
                .body("score", equalTo(points("93")))
                .body("roundTwoReviewedOn", equalTo(today().toString()))
                .body("rounds.score", equalTo(List.of(points("96"), points("93"))));

        JsonPath cards = as(zhangsan.token()).get(path("/cards")).then().statusCode(200).extract().jsonPath();
        assertThat(cards.getList("round", Integer.class)).containsExactly(1, 2);
        assertThat(cards.getList("madeBy", String.class)).containsExactly(reviewer.id(), reviewer.id());
        assertThat(cards.getList("card[1].findings.findingId", String.class)).containsExactly("R1-1", "R1-2", "R2-1");
        assertThat(cards.getList("card[1].findings.rectification", String.class))
                .containsExactly("RECTIFIED", "UNRECTIFIED", null);
        assertThat(cards.getList("card[1].findings.countedPoints")).containsExactly(points("2"), points("4"), points("1"));
        assertThat(cards.getString("card[1].rulebookVersion")).isEqualTo("default-v1");

        as(legalOfficer.token()).queryParam("reviewedFrom", today().toString()).queryParam("reviewedTo", today().toString())
                .queryParam("size", 500).get("/api/v1/case-files")
                .then().statusCode(200).body("items.id", org.hamcrest.Matchers.hasItem(file));
    }
}
