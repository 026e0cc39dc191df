package cn.kaoping.evaluation.rest.statistics;

import static cn.kaoping.evaluation.support.Api.anonymous;
import static cn.kaoping.evaluation.support.Api.as;
import static cn.kaoping.evaluation.support.Api.points;
import static cn.kaoping.evaluation.support.Bureau.finding;
import static cn.kaoping.evaluation.support.Bureau.findings;
import static cn.kaoping.evaluation.support.Bureau.register;
import static cn.kaoping.evaluation.support.BureauDays.today;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kaoping.evaluation.support.Api;
import cn.kaoping.evaluation.support.Bureau;
import cn.kaoping.evaluation.support.Bureau.Officer;
import cn.kaoping.evaluation.support.Bureau.Unit;
import cn.kaoping.testkit.KaopingTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * E8: the statistics of a small scenario in a unit of its own equal what the default rulebook says, computed by
 * hand:
 * <pre>
 * F1 pre-reviewed, EV01 5 (不严格) + EV02 2 + PR01 2         → 9,   91 优秀, 执法不严格
 * F2 no pre-review (NO_PREREVIEW 2), DO01 2 + DO02 1 + DO02 1 → 6,   94 优秀, 执法不规范
 * F3 pre-reviewed, no findings                                → 0,  100 优秀, clean
 * F4 closed two months ago, never submitted (MISSING 5)       → 5,   overdue submission, not reviewed
 * F5 CH01 3 + FI01 1; round two: CH01 unrectified 6, FI01 1   → 7,   93 优秀, 执法不规范
 * F6 V02 (一票否决)                                            → 100,  0 不合格, 执法不严格
 * </pre>
 */
@QuarkusTest
@QuarkusTestResource(value = KaopingTestResource.class, initArgs = @ResourceArg(name = "database", value = "evaluation"))
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsApiTest {

    private boolean scenarioDone;

    private final Bureau bureau = new Bureau();
    private Unit unit;
    private Officer legalOfficer;
    private Officer officer;
    private Officer reviewer;
    private String leadership;

    /** Once for the class, but in a BeforeEach: the HTTP port is known to RestAssured only then. */
    @BeforeEach
    void scenario() {
        if (scenarioDone) {
            return;
        }
        scenarioDone = true;
        unit = bureau.unit("统计派出所");
        Unit brigade = bureau.unit("法制大队");
        legalOfficer = bureau.officer(unit, "统计法制员", "UNIT_LEGAL_OFFICER");
        officer = bureau.officer(unit, "统计民警", "OFFICER");
        reviewer = bureau.officer(brigade, "统计考评员", "REVIEWER");
        leadership = Api.leadership();
        LocalDate recently = today().minusDays(2);

        String f1 = register(legalOfficer, unit, officer, recently);
        preReview(f1);
        submit(f1);
        review(f1, findings(finding("EV01", null, "缺少现场照片"), finding("EV02", null, "笔录无签名"),
                finding("PR01", null, "未告知")));

        String f2 = register(legalOfficer, unit, officer, recently);
        submit(f2);
        review(f2, findings(finding("DO01", null, "文书错字"), finding("DO02", null, "涂改一处"),
                finding("DO02", null, "涂改另一处")));

        String f3 = register(legalOfficer, unit, officer, recently);
        preReview(f3);
        submit(f3);
        review(f3, findings());

        register(legalOfficer, unit, officer, today().minusMonths(2));

        String f5 = register(legalOfficer, unit, officer, recently);
        preReview(f5);
        submit(f5);
        review(f5, findings(finding("CH01", null, "定性不准"), finding("FI01", null, "装订顺序错")));
        submit(f5);
        review(f5, Map.of("rectifiedFindingIds", List.of("R1-2"), "unrectifiedFindingIds", List.of("R1-1")));

        String f6 = register(legalOfficer, unit, officer, recently);
        preReview(f6);
        submit(f6);
        review(f6, findings(finding("V02", null, "处罚对象错误")));
    }

    private void preReview(String file) {
        as(legalOfficer.token()).body(findings()).post("/api/v1/case-files/" + file + "/pre-review").then().statusCode(200);
    }

    private void submit(String file) {
        as(legalOfficer.token()).post("/api/v1/case-files/" + file + "/submission").then().statusCode(200);
    }

    private void review(String file, Map<String, ?> body) {
        as(reviewer.token()).body(body).post("/api/v1/case-files/" + file + "/reviews").then().statusCode(200);
    }

    private JsonPath statistics(String token, String from, String to) {
        return as(token).queryParam("from", from).queryParam("to", to).queryParam("unitId", unit.id())
                .get("/api/v1/statistics").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void the_files_of_the_period_are_counted_as_the_rulebook_says() {
        JsonPath stats = statistics(reviewer.token(), today().minusMonths(3).toString(), today().toString());

        assertThat(stats.getLong("filesEvaluated")).isEqualTo(6);
        assertThat(stats.getLong("filesReviewed")).isEqualTo(5);
        assertThat(stats.getLong("filesNotStrict")).isEqualTo(2);
        assertThat(stats.getLong("filesNotStandardized")).isEqualTo(2);
        assertThat(stats.getLong("overdueSubmissions")).isEqualTo(1);
        assertThat(stats.getLong("overdueRectifications")).isZero();
        assertThat(stats.<Object>get("totalDeduction")).isEqualTo(points("127"));

        assertThat(stats.getList("deductionsByDimension.dimension", String.class)).containsExactly(
                "EVIDENCE", "CHARACTERIZATION", "PROCEDURE", "DISCRETION", "DOCUMENTS", "FILING");
        assertThat(stats.getList("deductionsByDimension.name", String.class)).containsExactly(
                "证据收集", "案件定性", "程序流程", "量裁执行", "文书制作", "整理装订");
        assertThat(stats.getList("deductionsByDimension.files", Long.class)).containsExactly(2L, 1L, 1L, 0L, 1L, 1L);
        assertThat(stats.getList("deductionsByDimension.counted")).containsExactly(
                points("32"), points("6"), points("2"), points("0"), points("4"), points("1"));

        assertThat(stats.getList("deductionsByItem.itemCode", String.class)).containsExactly(
                "V02", "CH01", "EV01", "DO02", "DO01", "EV02", "PR01", "FI01");
        assertThat(stats.getList("deductionsByItem.points")).containsExactly(points("25"), points("6"), points("5"),
                points("2"), points("2"), points("2"), points("2"), points("1"));
        assertThat(stats.getList("deductionsByItem.findings", Long.class)).containsExactly(1L, 1L, 1L, 2L, 1L, 1L, 1L, 1L);
        assertThat(stats.getList("deductionsByItem.findingClass", String.class)).containsExactly("NOT_STRICT",
                "NOT_STANDARDIZED", "NOT_STRICT", "NOT_STANDARDIZED", "NOT_STANDARDIZED", "NOT_STANDARDIZED",
                "NOT_STANDARDIZED", "NOT_STANDARDIZED");
    }

    @Test
    void months_may_be_given_for_whole_months_and_leadership_reads_them_too() {
        JsonPath stats = statistics(leadership, YearMonth.from(today().minusMonths(3)).toString(),
                YearMonth.from(today()).toString());

        assertThat(stats.getLong("filesEvaluated")).isEqualTo(6);
        assertThat(stats.getString("from")).isEqualTo(YearMonth.from(today().minusMonths(3)).atDay(1).toString());
        assertThat(stats.getString("to")).isEqualTo(YearMonth.from(today()).atEndOfMonth().toString());
    }

    @Test
    void a_file_counts_on_its_evaluation_day_only() {
        JsonPath beforeToday = statistics(reviewer.token(), today().minusMonths(3).toString(),
                today().minusDays(1).toString());

        // Only F4, evaluated on the day its submission deadline passed.
        assertThat(beforeToday.getLong("filesEvaluated")).isEqualTo(1);
        assertThat(beforeToday.getLong("overdueSubmissions")).isEqualTo(1);
        assertThat(beforeToday.getLong("filesReviewed")).isZero();
        assertThat(beforeToday.getList("deductionsByItem")).isEmpty();
    }

    @Test
    void only_reviewers_and_leadership_read_statistics() {
        for (String token : List.of(legalOfficer.token(), officer.token(), bureau.admin())) {
            as(token).queryParam("from", "2017-01").queryParam("to", "2017-12").get("/api/v1/statistics")
                    .then().statusCode(403);
        }
        anonymous().queryParam("from", "2017-01").queryParam("to", "2017-12").get("/api/v1/statistics")
                .then().statusCode(401);
    }

    @Test
    void the_period_is_required_and_in_order() {
        as(reviewer.token()).queryParam("to", "2017-12").get("/api/v1/statistics")
                .then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo("from"));
        as(reviewer.token()).queryParam("from", "2017-12").queryParam("to", "2017-01").get("/api/v1/statistics")
                .then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo("to"));
        as(reviewer.token()).queryParam("from", "April").queryParam("to", "2017-01").get("/api/v1/statistics")
                .then().statusCode(400).body("code", org.hamcrest.Matchers.equalTo("VALIDATION_FAILED"));
    }
}
