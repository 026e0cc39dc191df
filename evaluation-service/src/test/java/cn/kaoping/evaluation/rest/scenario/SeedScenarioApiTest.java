package cn.kaoping.evaluation.rest.scenario;

import static cn.kaoping.evaluation.support.Api.as;
import static cn.kaoping.evaluation.support.Api.points;
import static cn.kaoping.evaluation.support.Bureau.finding;
import static cn.kaoping.evaluation.support.Bureau.findings;
import static cn.kaoping.evaluation.support.Bureau.register;
import static cn.kaoping.evaluation.support.BureauDays.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.kaoping.evaluation.deadline.BureauCalendar;
import cn.kaoping.evaluation.support.Api;
import cn.kaoping.evaluation.support.Bureau;
import cn.kaoping.evaluation.support.Bureau.Officer;
import cn.kaoping.evaluation.support.Bureau.Unit;
import cn.kaoping.evaluation.support.DrillRulebook;
import cn.kaoping.evaluation.support.EvaluationTopic;
import cn.kaoping.testkit.KaopingTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The scenario of the seed (武穴市公安局, 2017) through the API, against the default rulebook: files of three
 * units, pre-reviewed or not, submitted on time and late, reviewed across the six dimensions, rectified (or not)
 * and resubmitted, one never submitted, one never resubmitted, an objection; then every card, score, grade,
 * penalty and statistic is what the rulebook says, and every event is on the Kafka topic in order per file.
 *
 * <p>The two files left to their deadlines are closed on the day of {@link DrillRulebook#SEED}, when only a drill
 * version of the rulebook is in force whose submission and rectification periods are seconds: the deadline
 * scheduler marks them without any request.
 */
@QuarkusTest
@QuarkusTestResource(value = KaopingTestResource.class, initArgs = @ResourceArg(name = "database", value = "evaluation"))
class SeedScenarioApiTest {

    static final DrillRulebook DRILL = DrillRulebook.SEED;
    static final Duration DRILL_PERIOD = DRILL.submissionPeriod();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final Bureau bureau = new Bureau();

    @Test
    void the_seed_scenario_runs_through_the_api_and_every_figure_is_what_the_rulebook_says() {
        DRILL.ensurePublished(bureau.admin());
        Unit chengguan = bureau.unit("城关派出所");
        Unit kanjiang = bureau.unit("刊江派出所");
        Unit zhian = bureau.unit("治安大队");
        Unit brigade = bureau.unit("法制大队");
        Officer cgLegal = bureau.officer(chengguan, "城关法制员", "UNIT_LEGAL_OFFICER");
        Officer kjLegal = bureau.officer(kanjiang, "刊江法制员", "UNIT_LEGAL_OFFICER");
        Officer zaLegal = bureau.officer(zhian, "治安法制员", "UNIT_LEGAL_OFFICER");
        Officer zhangsan = bureau.officer(chengguan, "张三", "OFFICER");
        Officer lisi = bureau.officer(chengguan, "李四", "OFFICER");
        Officer wangwu = bureau.officer(kanjiang, "王五", "OFFICER");
        Officer zhaoliu = bureau.officer(kanjiang, "赵六", "OFFICER");
        Officer sunqi = bureau.officer(zhian, "孙七", "OFFICER");
        Officer reviewer = bureau.officer(brigade, "法制大队考评员", "REVIEWER");
        String reviewerToken = reviewer.token();
        LocalDate today = today();
        Map<String, String> files = new LinkedHashMap<>();

        // A 城关 张三 (co-handler 李四): pre-reviewed, on time; round one EV03 5 (不严格) + PR02 1 + DO01 2 = 8;
        // all rectified in round two: still 8 → 92 优秀, 执法不严格.
        String a = register(cgLegal, chengguan, zhangsan, today.minusDays(5), lisi);
        files.put("A", a);
        preReview(cgLegal, a, finding("EV02", null, "笔录无见证人"));
        submit(cgLegal, a).then().body("processPenalties.size()", org.hamcrest.Matchers.equalTo(0));
        review(reviewerToken, a, findings(finding("EV03", null, "取证程序违法"), finding("PR02", null, "未及时送达"),
                finding("DO01", null, "文书错字")));
        submit(cgLegal, a);
        review(reviewerToken, a, Map.of("rectifiedFindingIds", List.of("R1-1", "R1-2", "R1-3")));
        assertFile(a, "CLOSED", "8", "92", "EXCELLENT", "NOT_STRICT");
        assertCards(a, List.of("92", "92"));

        // B 城关 李四: closed so long ago that it is overdue at registration (MISSING 5), then submitted late:
        // LATE (1 point per started week, here 2) replaces MISSING. Round one DI01 3 (不严格) + FI02 1; round two DI01
        // unrectified 6, FI02 rectified 1, new CH01 3 → 10 + LATE 2 = 12 → 88 合格.
        LocalDate bDueOn = today.minusDays(9);
        LocalDate bClosedOn = bDueOn.minusMonths(1);
        String b = register(cgLegal, chengguan, lisi, bClosedOn);
        files.put("B", b);
        JsonPath bRegistered = get(b);
        assertThat(bRegistered.getBoolean("overdueSubmission")).isTrue();
        assertThat(bRegistered.getList("processPenalties.code")).containsExactly("MISSING");
        assertThat(bRegistered.<Object>get("score")).isEqualTo(points("95"));
        preReview(cgLegal, b, finding("DI01", null, "裁量不当"));
        int lateWeeks = startedWeeksLate(bClosedOn.plusMonths(1));
        assertThat(lateWeeks).as("the figures below assume 2 started weeks late").isEqualTo(2);
        JsonPath bSubmitted = submit(cgLegal, b).jsonPath();
        assertThat(bSubmitted.getBoolean("submittedLate")).isTrue();
        assertThat(bSubmitted.getList("processPenalties.code")).containsExactly("LATE");
        assertThat(bSubmitted.<Object>get("processPenalties[0].points")).isEqualTo(points("2"));
        assertThat(bSubmitted.getInt("processPenalties[0].startedPeriods")).isEqualTo(2);
        assertThat(bSubmitted.<Object>get("score")).isEqualTo(points("98"));
        review(reviewerToken, b, findings(finding("DI01", null, "裁量不当"), finding("FI02", null, "目录缺失")));
        assertFile(b, "REVIEWED", "6", "94", "EXCELLENT", "NOT_STRICT");
        submit(cgLegal, b);
        review(reviewerToken, b, Map.of("rectifiedFindingIds", List.of("R1-2"), "unrectifiedFindingIds", List.of("R1-1"),
                "findings", List.of(finding("CH01", null, "定性表述不准"))));
        JsonPath bClosed = assertFile(b, "CLOSED", "12", "88", "PASS", "NOT_STRICT");
        assertThat(bClosed.getBoolean("overdueSubmission")).isTrue();
        assertThat(bClosed.getString("evaluationMonth"))
                .isEqualTo(YearMonth.from(bClosedOn.plusMonths(1).plusDays(1)).toString());
        JsonPath bCards = cards(b);
        assertThat(bCards.getList("card[1].findings.countedPoints")).containsExactly(points("6"), points("1"), points("3"));
        assertThat(bCards.getList("card[1].deductionByDimension.counted")).containsExactly(points("0"), points("3"),
                points("0"), points("6"), points("0"), points("1"));
        assertThat(bCards.<Object>get("card[1].processDeduction")).isEqualTo(points("2"));

        // C 刊江 王五: not pre-reviewed (NO_PREREVIEW 2), round one without findings → closed, 98 优秀, clean.
        String c = register(kjLegal, kanjiang, wangwu, today.minusDays(3));
        files.put("C", c);
        submit(kjLegal, c);
        review(reviewerToken, c, findings());
        assertFile(c, "CLOSED", "2", "98", "EXCELLENT", "CLEAN");
        assertThat(get(c).getString("closingReason")).isEqualTo("NO_FINDINGS_IN_ROUND_ONE");

        // D 刊江 赵六: closed two months ago and never submitted: overdue at once, MISSING 5 → 95.
        LocalDate dClosedOn = today.minusMonths(2);
        String d = register(kjLegal, kanjiang, zhaoliu, dClosedOn);
        files.put("D", d);
        JsonPath dFile = get(d);
        assertThat(dFile.getBoolean("overdueSubmission")).isTrue();
        assertThat(dFile.<Object>get("score")).isEqualTo(points("95"));
        assertThat(dFile.getString("evaluationMonth"))
                .isEqualTo(YearMonth.from(dClosedOn.plusMonths(1).plusDays(1)).toString());

        // E 治安 孙七: a veto item (V05 一票否决) → 100 deducted, 0, 不合格; his objection is rejected.
        String e = register(zaLegal, zhian, sunqi, today.minusDays(4));
        files.put("E", e);
        preReview(zaLegal, e);
        submit(zaLegal, e);
        review(reviewerToken, e, findings(finding("V05", null, "未告知陈述申辩权利"), finding("EV02", null, "笔录无签名")));
        as(sunqi.token()).body(Map.of("reason", "已口头告知")).post("/api/v1/case-files/" + e + "/objection")
                .then().statusCode(200);
        as(reviewerToken).body(Map.of("decision", "REJECTED", "reasoning", "无书面告知记录"))
                .post("/api/v1/case-files/" + e + "/objection/decision").then().statusCode(200);
        JsonPath eFile = assertFile(e, "REVIEWED", "100", "0", "FAIL", "NOT_STRICT");
        assertThat(eFile.getBoolean("veto")).isTrue();

        // F 治安 孙七: PR03 2 + PR04 2 + DO02 ×3 (1 each) = 7 → 93; round two PR03 and the DO02s unrectified:
        // PR03 4 + PR04 2 + DO02 6 = 12 → 88 合格, 执法不规范.
        String f = register(zaLegal, zhian, sunqi, today.minusDays(6));
        files.put("F", f);
        preReview(zaLegal, f);
        submit(zaLegal, f);
        review(reviewerToken, f, findings(finding("PR03", null, "未制作权利义务告知书"), finding("PR04", null, "审批手续不全"),
                finding("DO02", null, "涂改一"), finding("DO02", null, "涂改二"), finding("DO02", null, "涂改三")));
        assertFile(f, "REVIEWED", "7", "93", "EXCELLENT", "NOT_STANDARDIZED");
        submit(zaLegal, f);
        review(reviewerToken, f, Map.of("rectifiedFindingIds", List.of("R1-2"),
                "unrectifiedFindingIds", List.of("R1-1", "R1-3", "R1-4", "R1-5")));
        assertFile(f, "CLOSED", "12", "88", "PASS", "NOT_STANDARDIZED");

        // G 城关 张三, closed on the drill day: never submitted; the scheduler marks it overdue, MISSING 5 → 95.
        String g = register(cgLegal, chengguan, zhangsan, DRILL.closedOn());
        files.put("G", g);
        assertThat(get(g).getString("rulebookVersion")).isEqualTo(DRILL.versionId());

        // H 治安 孙七, closed on the drill day: reviewed (EV02 2 + FI03 1 → 97) and never resubmitted; when the
        // rectification deadline passes both count unrectified: 4 + 2 = 6 → 94, flagged, closed.
        String h = register(zaLegal, zhian, sunqi, DRILL.closedOn());
        files.put("H", h);
        preReview(zaLegal, h);
        submit(zaLegal, h);
        review(reviewerToken, h, findings(finding("EV02", null, "笔录无签名"), finding("FI03", null, "卷宗缺页码")));
        assertFile(h, "REVIEWED", "3", "97", "EXCELLENT", "NOT_STANDARDIZED");

        JsonPath gOverdue = await("G marked overdue by the deadline scheduler")
                .atMost(DRILL_PERIOD.plusSeconds(40))
                .until(() -> get(g), file -> file.getBoolean("overdueSubmission"));
        assertThat(gOverdue.getString("state")).isEqualTo("REGISTERED");
        assertThat(gOverdue.getList("processPenalties.code")).containsExactly("MISSING");
        assertThat(gOverdue.<Object>get("score")).isEqualTo(points("95"));
        assertThat(gOverdue.getString("history[-1].actorId")).isEqualTo("system");

        JsonPath hClosed = await("H closed by the rectification deadline")
                .atMost(DRILL_PERIOD.plusSeconds(40))
                .until(() -> get(h), file -> "CLOSED".equals(file.getString("state")));
        assertFile(h, "CLOSED", "6", "94", "EXCELLENT", "NOT_STANDARDIZED");
        assertThat(hClosed.getBoolean("overdueRectification")).isTrue();
        assertThat(hClosed.getString("closingReason")).isEqualTo("RECTIFICATION_OVERDUE");
        JsonPath hCards = cards(h);
        assertThat(hCards.getList("madeByEvent")).containsExactly("CASE_FILE_REVIEWED", "RECTIFICATION_OVERDUE");
        assertThat(hCards.getList("card[1].findings.rectification")).containsExactly("UNRECTIFIED", "UNRECTIFIED");

        // The statistics of each unit, for the last three months.
        String from = today.minusMonths(3).toString();
        String to = today.toString();
        JsonPath cg = statistics(reviewerToken, chengguan, from, to);
        assertStatistics(cg, 3, 2, 2, 0, 2, 0, "25");
        assertThat(cg.getList("deductionsByDimension.counted")).containsExactly(points("5"), points("3"), points("1"),
                points("6"), points("2"), points("1"));
        assertThat(cg.getList("deductionsByItem.itemCode")).containsExactly("DI01", "EV03", "CH01", "DO01", "FI02", "PR02");
        assertThat(cg.getList("deductionsByItem.points")).containsExactly(points("6"), points("5"), points("3"),
                points("2"), points("1"), points("1"));

        JsonPath kj = statistics(reviewerToken, kanjiang, from, to);
        assertStatistics(kj, 2, 1, 0, 0, 1, 0, "7");
        assertThat(kj.getList("deductionsByItem")).isEmpty();

        JsonPath za = statistics(Api.leadership(), zhian, from, to);
        assertStatistics(za, 3, 3, 1, 2, 0, 1, "118");
        assertThat(za.getList("deductionsByDimension.counted")).containsExactly(points("6"), points("0"), points("31"),
                points("0"), points("6"), points("2"));
        assertThat(za.getList("deductionsByDimension.files")).containsExactly(2, 0, 2, 0, 1, 1);
        assertThat(za.getList("deductionsByItem.itemCode")).containsExactly("V05", "DO02", "EV02", "PR03", "FI03", "PR04");
        assertThat(za.getList("deductionsByItem.findings")).containsExactly(1, 3, 2, 1, 1, 1);
        assertThat(za.getList("deductionsByItem.points")).containsExactly(points("25"), points("6"), points("6"),
                points("4"), points("2"), points("2"));

        // Every event of every file is on the topic, in the order of the file's history.
        EvaluationTopic topic = new EvaluationTopic(bootstrapServers);
        Map<String, List<String>> expected = new LinkedHashMap<>();
        files.values().forEach(id -> expected.put(id, get(id).getList("history.type", String.class).stream()
                .map(type -> "kaoping.evaluation." + type).toList()));
        await("every event of the scenario on " + cn.kaoping.contracts.Topics.EVALUATION_EVENTS)
                .atMost(Duration.ofSeconds(60))
                .until(() -> topic.typesByKey(expected.keySet()), expected::equals);
    }

    /** Started weeks between the start of the day after the due date and now (the LATE rule of the rulebook). */
    private static int startedWeeksLate(LocalDate dueOn) {
        Instant overdueAt = dueOn.plusDays(1).atStartOfDay(BureauCalendar.DEFAULT_ZONE).toInstant();
        return (int) (Duration.between(overdueAt, Instant.now()).toDays() / 7 + 1);
    }

    private static void preReview(Officer legalOfficer, String file, Map<?, ?>... findings) {
        as(legalOfficer.token()).body(findings(findings)).post("/api/v1/case-files/" + file + "/pre-review")
                .then().statusCode(200);
    }

    private static io.restassured.response.Response submit(Officer legalOfficer, String file) {
        io.restassured.response.Response response = as(legalOfficer.token())
                .post("/api/v1/case-files/" + file + "/submission");
        response.then().statusCode(200);
        return response;
    }

    private static void review(String reviewer, String file, Map<String, ?> body) {
        as(reviewer).body(body).post("/api/v1/case-files/" + file + "/reviews").then().statusCode(200);
    }

    private JsonPath get(String file) {
        return as(bureau.admin()).get("/api/v1/case-files/" + file).then().statusCode(200).extract().jsonPath();
    }

    private JsonPath cards(String file) {
        return as(bureau.admin()).get("/api/v1/case-files/" + file + "/cards").then().statusCode(200).extract().jsonPath();
    }

    private JsonPath assertFile(String file, String state, String totalDeduction, String score, String grade,
                                String classification) {
        JsonPath view = get(file);
        assertThat(view.getString("state")).as("state").isEqualTo(state);
        assertThat(view.<Object>get("totalDeduction")).as("total deduction").isEqualTo(points(totalDeduction));
        assertThat(view.<Object>get("score")).as("score").isEqualTo(points(score));
        assertThat(view.getString("grade")).as("grade").isEqualTo(grade);
        assertThat(view.getString("classification")).as("classification").isEqualTo(classification);
        List<Object> roundScores = new ArrayList<>(view.getList("rounds.score"));
        assertThat(roundScores.get(roundScores.size() - 1)).as("the latest card").isEqualTo(points(score));
        return view;
    }

    private void assertCards(String file, List<String> scores) {
        List<BigDecimal> expected = scores.stream().map(score -> points(score)).toList();
        assertThat(cards(file).getList("card.score", BigDecimal.class)).containsExactlyElementsOf(expected);
    }

    private static JsonPath statistics(String token, Unit unit, String from, String to) {
        return as(token).queryParam("from", from).queryParam("to", to).queryParam("unitId", unit.id())
                .get("/api/v1/statistics").then().statusCode(200).extract().jsonPath();
    }

    private static void assertStatistics(JsonPath stats, long evaluated, long reviewed, long notStrict,
                                         long notStandardized, long overdueSubmissions, long overdueRectifications,
                                         String totalDeduction) {
        assertThat(stats.getLong("filesEvaluated")).as("files evaluated").isEqualTo(evaluated);
        assertThat(stats.getLong("filesReviewed")).as("files reviewed").isEqualTo(reviewed);
        assertThat(stats.getLong("filesNotStrict")).as("not strict").isEqualTo(notStrict);
        assertThat(stats.getLong("filesNotStandardized")).as("not standardized").isEqualTo(notStandardized);
        assertThat(stats.getLong("overdueSubmissions")).as("overdue submissions").isEqualTo(overdueSubmissions);
        assertThat(stats.getLong("overdueRectifications")).as("overdue rectifications").isEqualTo(overdueRectifications);
        assertThat(stats.<Object>get("totalDeduction")).as("total deduction").isEqualTo(points(totalDeduction));
    }
}
