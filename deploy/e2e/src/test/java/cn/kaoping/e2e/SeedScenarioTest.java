package cn.kaoping.e2e;

import static cn.kaoping.e2e.Expected.RECTIFIED;
import static cn.kaoping.e2e.Expected.UNRECTIFIED;
import static cn.kaoping.e2e.JsonChecks.assertDecimal;
import static cn.kaoping.e2e.JsonChecks.assertPenalties;
import static cn.kaoping.e2e.JsonChecks.text;
import static cn.kaoping.e2e.JsonChecks.types;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import cn.kaoping.e2e.EvaluationTopic.Published;
import cn.kaoping.e2e.Expected.Card;
import cn.kaoping.e2e.Expected.FileResult;
import cn.kaoping.launcher.EmbeddedStack;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The seed's process end to end (issue 3 and 4, "Done when"): PostgreSQL, Kafka, evaluation-service and
 * publicity-service run from their built jars on free ports; the scenario of {@link SeedScenario} goes through
 * evaluation-service's REST API only; then every card, score, grade, penalty, classification and flag is what the
 * rulebook says (the arithmetic is written out per file below), the statistics count the files, every event is on
 * the evaluation topic complete and in order per file, and publicity-service's monthly lists, red cards and pages
 * follow within seconds — and a published month stays as published while a later review changes the live list.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeedScenarioTest {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    /** 20 s of rectification period, the scheduler's 5 s poll, and room for a loaded machine. */
    private static final Duration RECTIFICATION_WAIT = Duration.ofSeconds(150);
    /** "Within seconds" (issue 4): how long the monthly lists may take to follow the evaluation events. */
    private static final Duration PROJECTION_WAIT = Duration.ofSeconds(20);
    private static final Duration KAFKA_WAIT = Duration.ofSeconds(60);
    private static final BigDecimal RED_CARD_ABOVE = new BigDecimal("3.0");
    private static final Map<String, BigDecimal> WEIGHTS = weights();

    private EmbeddedStack stack;
    private Api evaluation;
    private Api publicity;
    private SeedScenario scenario;
    private LocalDate today;
    private YearMonth thisMonth;

    @BeforeAll
    void startTheStackAndPlayTheSeed() throws IOException {
        Path repository = Path.of(System.getProperty("kaoping.repository", "../..")).toAbsolutePath().normalize();
        Path data = Path.of(System.getProperty("kaoping.e2e.data", "target/e2e-stack")).toAbsolutePath().normalize();
        deleteRecursively(data);
        stack = EmbeddedStack.start(repository, data, List.of("evaluation", "publicity", "training", "incentive",
                "supervision"), READY_TIMEOUT, System.out);
        evaluation = new Api(stack.baseUrl("evaluation"));
        publicity = new Api(stack.baseUrl("publicity"));
        today = LocalDate.now(SeedScenario.BUREAU);
        thisMonth = YearMonth.from(today);
        scenario = new SeedScenario(evaluation, publicity, stack.tokens(), today, "", System.out);
        scenario.playUntilPublication(RECTIFICATION_WAIT);
    }

    @AfterAll
    void stopTheStack() {
        if (stack != null) {
            stack.close();
        }
    }

    // ---- the rulebook by hand ----------------------------------------------------------------------

    /**
     * Every file as the rulebook (default-v1: weights EVIDENCE 25, CHARACTERIZATION 15, PROCEDURE 25, DISCRETION 20,
     * DOCUMENTS 10, FILING 5; LATE 1 per started week after the deadline, at most 5; MISSING 5; NO_PREREVIEW 2;
     * unrectified × 2; ≥ 90 优秀, ≥ 80 合格) scores it, before F9's round two.
     */
    private Map<String, FileResult> expectedBeforePublication() {
        Map<String, FileResult> files = new LinkedHashMap<>();

        // F1: pre-reviewed, on time, round one finds nothing: 100 − 0 = 100, EXCELLENT, CLEAN, closed (E5).
        files.put("F1", Expected.file("F1").handledBy("WANG", "CG").state("CLOSED", "NO_FINDINGS_IN_ROUND_ONE")
                .submittedLate(false).month(thisMonth).result("0", "100", "EXCELLENT", "CLEAN")
                .card(Expected.card(1).totals("0", "0", "0", "100", "EXCELLENT", "CLEAN"))
                .history("CaseFileRegistered", "CaseFilePreReviewed", "CaseFileSubmitted", "CaseFileReviewed",
                        "CaseFileClosed"));

        // F2: pre-reviewed, on time; findings in all six dimensions, all 执法不规范.
        // Round one: EV02 2 + CH01 3 + PR01 2 + DI02 3 + DO02 1 + DO02 1 + FI02 1 = 13 → 100 − 13 = 87, PASS.
        // Round two: R1-3 PR01 and R1-7 FI02 unrectified (2 × 2 = 4, 2 × 1 = 2), the rest rectified (kept), new PR02 1:
        //   EVIDENCE 2, CHARACTERIZATION 3, PROCEDURE 4 + 1 = 5, DISCRETION 3, DOCUMENTS 2, FILING 2 = 17 → 83, PASS.
        files.put("F2", Expected.file("F2").handledBy("LI", "CG").state("CLOSED", "ROUND_TWO_REVIEWED")
                .submittedLate(false).month(thisMonth).result("17", "83", "PASS", "NOT_STANDARDIZED")
                .card(Expected.card(1)
                        .finding("R1-1", "EV02", "2").finding("R1-2", "CH01", "3").finding("R1-3", "PR01", "2")
                        .finding("R1-4", "DI02", "3").finding("R1-5", "DO02", "1").finding("R1-6", "DO02", "1")
                        .finding("R1-7", "FI02", "1")
                        .dimension("EVIDENCE", "2").dimension("CHARACTERIZATION", "3").dimension("PROCEDURE", "2")
                        .dimension("DISCRETION", "3").dimension("DOCUMENTS", "2").dimension("FILING", "1")
                        .totals("13", "0", "13", "87", "PASS", "NOT_STANDARDIZED"))
                .card(Expected.card(2)
                        .finding("R1-1", "EV02", "2", "2", RECTIFIED).finding("R1-2", "CH01", "3", "3", RECTIFIED)
                        .finding("R1-3", "PR01", "2", "4", UNRECTIFIED).finding("R1-4", "DI02", "3", "3", RECTIFIED)
                        .finding("R1-5", "DO02", "1", "1", RECTIFIED).finding("R1-6", "DO02", "1", "1", RECTIFIED)
                        .finding("R1-7", "FI02", "1", "2", UNRECTIFIED).finding("R2-1", "PR02", "1")
                        .dimension("EVIDENCE", "2").dimension("CHARACTERIZATION", "3").dimension("PROCEDURE", "5")
                        .dimension("DISCRETION", "3").dimension("DOCUMENTS", "2").dimension("FILING", "2")
                        .totals("17", "0", "17", "83", "PASS", "NOT_STANDARDIZED"))
                .history("CaseFileRegistered", "CaseFilePreReviewed", "CaseFileSubmitted", "CaseFileReviewed",
                        "CaseFileSubmitted", "CaseFileReviewed", "CaseFileClosed"));

        // F3: submitted on time without pre-review: NO_PREREVIEW 2. EV01 ×4 (5 + 5 + 5 + 3.5) + EV03 5 + EV02 2 =
        // 25.5 in EVIDENCE, capped at its weight 25; DI01 3 (执法不严格).
        // Round one: 25 + 3 = 28 findings + 2 process = 30 → 70, FAIL, NOT_STRICT.
        // Round two: all rectified but R1-7 DI01 (2 × 3 = 6): 25 + 6 = 31 + 2 = 33 → 67, FAIL, NOT_STRICT.
        files.put("F3", Expected.file("F3").handledBy("LI", "CG").state("CLOSED", "ROUND_TWO_REVIEWED")
                .submittedLate(false).penalty("NO_PREREVIEW", "2", 1).month(thisMonth)
                .result("33", "67", "FAIL", "NOT_STRICT")
                .card(Expected.card(1)
                        .finding("R1-1", "EV01", "5").finding("R1-2", "EV01", "5").finding("R1-3", "EV01", "5")
                        .finding("R1-4", "EV01", "3.5").finding("R1-5", "EV03", "5").finding("R1-6", "EV02", "2")
                        .finding("R1-7", "DI01", "3")
                        .dimension("EVIDENCE", "25.5", "25").dimension("DISCRETION", "3")
                        .totals("28", "2", "30", "70", "FAIL", "NOT_STRICT"))
                .card(Expected.card(2)
                        .finding("R1-1", "EV01", "5", "5", RECTIFIED).finding("R1-2", "EV01", "5", "5", RECTIFIED)
                        .finding("R1-3", "EV01", "5", "5", RECTIFIED).finding("R1-4", "EV01", "3.5", "3.5", RECTIFIED)
                        .finding("R1-5", "EV03", "5", "5", RECTIFIED).finding("R1-6", "EV02", "2", "2", RECTIFIED)
                        .finding("R1-7", "DI01", "3", "6", UNRECTIFIED)
                        .dimension("EVIDENCE", "25.5", "25").dimension("DISCRETION", "6")
                        .totals("31", "2", "33", "67", "FAIL", "NOT_STRICT"))
                .history("CaseFileRegistered", "CaseFileSubmitted", "CaseFileReviewed", "CaseFileSubmitted",
                        "CaseFileReviewed", "CaseFileClosed"));

        // F4: its submission deadline (closedOn + 1 month, 9 to 12 days ago) had passed at registration: overdue at
        // once with MISSING 5; pre-reviewed, then submitted today: LATE replaces MISSING, 1 point per started week
        // after the deadline passed (8 to 12 days ago: the 2nd week) = 2.
        // Round one: PR03 2 + DO01 2 = 4 + 2 = 6 → 94, EXCELLENT, NOT_STANDARDIZED. Round two, all rectified: the same.
        int f4Weeks = startedWeeksLate("F4");
        files.put("F4", Expected.file("F4").handledBy("ZHAO", "JJ").state("CLOSED", "ROUND_TWO_REVIEWED")
                .overdueSubmission().submittedLate(true).penalty("LATE", "2", f4Weeks).month(overdueMonth("F4"))
                .result("6", "94", "EXCELLENT", "NOT_STANDARDIZED")
                .card(Expected.card(1).finding("R1-1", "PR03", "2").finding("R1-2", "DO01", "2")
                        .dimension("PROCEDURE", "2").dimension("DOCUMENTS", "2")
                        .totals("4", "2", "6", "94", "EXCELLENT", "NOT_STANDARDIZED"))
                .card(Expected.card(2)
                        .finding("R1-1", "PR03", "2", "2", RECTIFIED).finding("R1-2", "DO01", "2", "2", RECTIFIED)
                        .dimension("PROCEDURE", "2").dimension("DOCUMENTS", "2")
                        .totals("4", "2", "6", "94", "EXCELLENT", "NOT_STANDARDIZED"))
                .history("CaseFileRegistered", "SubmissionOverdue", "CaseFilePreReviewed", "CaseFileSubmitted",
                        "CaseFileReviewed", "CaseFileSubmitted", "CaseFileReviewed", "CaseFileClosed"));

        // F5: closed 3 months ago, overdue at once (MISSING 5); submitted today without pre-review: LATE for about
        // 9 started weeks, capped at 5, and NO_PREREVIEW 2 → process 7.
        // Round one: V05 (一票否决) 25 in PROCEDURE + FI03 1 = 26; the veto sets the total to 100 → 0, FAIL, NOT_STRICT.
        // Round two: V05 rectified keeps its 25 (and its veto), FI03 unrectified 2: 27 + 7, veto → 100 → 0, FAIL.
        int f5Weeks = startedWeeksLate("F5");
        files.put("F5", Expected.file("F5").handledBy("ZHAO", "JJ").state("CLOSED", "ROUND_TWO_REVIEWED")
                .overdueSubmission().submittedLate(true).penalty("LATE", "5", f5Weeks).penalty("NO_PREREVIEW", "2", 1)
                .month(overdueMonth("F5")).result("100", "0", "FAIL", "NOT_STRICT").veto()
                .card(Expected.card(1).finding("R1-1", "V05", "25").finding("R1-2", "FI03", "1")
                        .dimension("PROCEDURE", "25").dimension("FILING", "1")
                        .totals("26", "7", "100", "0", "FAIL", "NOT_STRICT").veto())
                .card(Expected.card(2)
                        .finding("R1-1", "V05", "25", "25", RECTIFIED).finding("R1-2", "FI03", "1", "2", UNRECTIFIED)
                        .dimension("PROCEDURE", "25").dimension("FILING", "2")
                        .totals("27", "7", "100", "0", "FAIL", "NOT_STRICT").veto())
                .history("CaseFileRegistered", "SubmissionOverdue", "CaseFileSubmitted", "CaseFileReviewed",
                        "CaseFileSubmitted", "CaseFileReviewed", "CaseFileClosed"));

        // F6: pre-reviewed, on time. Round one: PR05 5 + DI01 3 (both 执法不严格) + CH01 3 = 11 → 89, PASS, NOT_STRICT.
        // Round two: PR05 unrectified 10, DI01 rectified 3, CH01 unrectified 6, new EV02 2 = 21 → 79, FAIL.
        files.put("F6", Expected.file("F6").handledBy("SUN", "ZA").state("CLOSED", "ROUND_TWO_REVIEWED")
                .submittedLate(false).month(thisMonth).result("21", "79", "FAIL", "NOT_STRICT")
                .card(Expected.card(1).finding("R1-1", "PR05", "5").finding("R1-2", "DI01", "3")
                        .finding("R1-3", "CH01", "3")
                        .dimension("CHARACTERIZATION", "3").dimension("PROCEDURE", "5").dimension("DISCRETION", "3")
                        .totals("11", "0", "11", "89", "PASS", "NOT_STRICT"))
                .card(Expected.card(2)
                        .finding("R1-1", "PR05", "5", "10", UNRECTIFIED).finding("R1-2", "DI01", "3", "3", RECTIFIED)
                        .finding("R1-3", "CH01", "3", "6", UNRECTIFIED).finding("R2-1", "EV02", "2")
                        .dimension("EVIDENCE", "2").dimension("CHARACTERIZATION", "6").dimension("PROCEDURE", "10")
                        .dimension("DISCRETION", "3")
                        .totals("21", "0", "21", "79", "FAIL", "NOT_STRICT"))
                .history("CaseFileRegistered", "CaseFilePreReviewed", "CaseFileSubmitted", "CaseFileReviewed",
                        "CaseFileSubmitted", "CaseFileReviewed", "CaseFileClosed"));

        // F7: closed 2 months ago and never submitted: overdue at once, MISSING 5 → 100 − 5 = 95; no card, no grade.
        files.put("F7", Expected.file("F7").handledBy("ZHOU", "ZA").state("REGISTERED", null).overdueSubmission()
                .penalty("MISSING", "5", 1).month(overdueMonth("F7")).result("5", "95", null, null)
                .history("CaseFileRegistered", "SubmissionOverdue"));

        // F8: closed today, so under the drill version (rectification PT20S). Round one: EV02 2 + FI01 1 = 3 → 97.
        // Never resubmitted: 20 s later every round-one finding counts unrectified, 2 × 2 + 2 × 1 = 6 → 94,
        // EXCELLENT, NOT_STANDARDIZED; closed and flagged overdueRectification.
        files.put("F8", Expected.file("F8").handledBy("SUN", "ZA").rulebook(scenario.drillVersionId())
                .state("CLOSED", "RECTIFICATION_OVERDUE").overdueRectification().submittedLate(false).month(thisMonth)
                .result("6", "94", "EXCELLENT", "NOT_STANDARDIZED")
                .card(Expected.card(1).finding("R1-1", "EV02", "2").finding("R1-2", "FI01", "1")
                        .dimension("EVIDENCE", "2").dimension("FILING", "1")
                        .totals("3", "0", "3", "97", "EXCELLENT", "NOT_STANDARDIZED"))
                .card(Expected.card(2).byRectificationDeadline()
                        .finding("R1-1", "EV02", "2", "4", UNRECTIFIED).finding("R1-2", "FI01", "1", "2", UNRECTIFIED)
                        .dimension("EVIDENCE", "4").dimension("FILING", "2")
                        .totals("6", "0", "6", "94", "EXCELLENT", "NOT_STANDARDIZED"))
                .history("CaseFileRegistered", "CaseFilePreReviewed", "CaseFileSubmitted", "CaseFileReviewed",
                        "RectificationOverdue", "CaseFileClosed"));

        // F9 before its round two: PR04 2 + DI02 3 + DO02 1 = 6 → 94, EXCELLENT, NOT_STANDARDIZED; rectification due.
        files.put("F9", Expected.file("F9").handledBy("WANG", "CG").state("REVIEWED", null).submittedLate(false)
                .month(thisMonth).result("6", "94", "EXCELLENT", "NOT_STANDARDIZED")
                .card(roundOneOfF9())
                .history("CaseFileRegistered", "CaseFilePreReviewed", "CaseFileSubmitted", "CaseFileReviewed"));
        return files;
    }

    private static Card roundOneOfF9() {
        return Expected.card(1).finding("R1-1", "PR04", "2").finding("R1-2", "DI02", "3").finding("R1-3", "DO02", "1")
                .dimension("PROCEDURE", "2").dimension("DISCRETION", "3").dimension("DOCUMENTS", "1")
                .totals("6", "0", "6", "94", "EXCELLENT", "NOT_STANDARDIZED");
    }

    /**
     * F9 after its round two (after the publication of the month): PR04 and DO02 rectified (2, 1), DI02
     * unrectified 2 × 3 = 6 → 9 → 91, EXCELLENT, NOT_STANDARDIZED.
     */
    private Map<String, FileResult> expectedAfterLaterReview() {
        Map<String, FileResult> files = expectedBeforePublication();
        files.put("F9", Expected.file("F9").handledBy("WANG", "CG").state("CLOSED", "ROUND_TWO_REVIEWED")
                .submittedLate(false).month(thisMonth).result("9", "91", "EXCELLENT", "NOT_STANDARDIZED")
                .card(roundOneOfF9())
                .card(Expected.card(2)
                        .finding("R1-1", "PR04", "2", "2", RECTIFIED).finding("R1-2", "DI02", "3", "6", UNRECTIFIED)
                        .finding("R1-3", "DO02", "1", "1", RECTIFIED)
                        .dimension("PROCEDURE", "2").dimension("DISCRETION", "6").dimension("DOCUMENTS", "1")
                        .totals("9", "0", "9", "91", "EXCELLENT", "NOT_STANDARDIZED"))
                .history("CaseFileRegistered", "CaseFilePreReviewed", "CaseFileSubmitted", "CaseFileReviewed",
                        "CaseFileSubmitted", "CaseFileReviewed", "CaseFileClosed"));
        return files;
    }

    /**
     * LATE counts the weeks started since the deadline passed (the start of the day after the due date) up to the
     * submission today: d whole days after that start, plus part of today, is d / 7 + 1 started weeks.
     */
    private int startedWeeksLate(String file) {
        LocalDate passedOn = scenario.closedOn(file).plusMonths(1).plusDays(1);
        return Math.toIntExact(ChronoUnit.DAYS.between(passedOn, today) / 7 + 1);
    }

    /** The evaluation month of a file overdue unsubmitted: the month its deadline passed (PROCESS.md). */
    private YearMonth overdueMonth(String file) {
        return YearMonth.from(scenario.closedOn(file).plusMonths(1).plusDays(1));
    }

    // ---- 1. cards, scores, grades, penalties, flags -----------------------------------------------------

    @Test
    @Order(1)
    void everyCardScoreGradePenaltyAndFlagIsWhatTheRulebookSays() {
        assertThat(startedWeeksLate("F4")).as("F4 is submitted in the 2nd week after its deadline").isEqualTo(2);
        assertThat(startedWeeksLate("F5")).as("F5 is submitted more than 5 weeks late: LATE is capped").isGreaterThan(5);
        for (FileResult expected : expectedBeforePublication().values()) {
            assertFile(expected);
        }
    }

    @Test
    @Order(1)
    void theStepsOfTheProcessAnsweredWhatTheRulesSay() {
        // E7: the drill version governs only files closed on or after its effective date (today): F8.
        assertThat(scenario.snapshot("rulebook.inForceBefore").path("versionId").asText()).isEqualTo(SeedScenario.DEFAULT_RULEBOOK);
        assertThat(evaluation.get("/api/v1/rulebook", scenario.admin(), Map.of("on", today.minusDays(1).toString()))
                .path("versionId").asText()).isEqualTo(SeedScenario.DEFAULT_RULEBOOK);
        assertThat(evaluation.get("/api/v1/rulebook", scenario.admin(), Map.of("on", today.toString()))
                .path("deadlines").path("rectification").asText()).isEqualTo("PT20S");

        // E1/E3: a file whose deadline passed before registration is overdue at once, with MISSING (5 → 95).
        for (String file : List.of("F4", "F5", "F7")) {
            JsonNode registered = scenario.snapshot(file + ".registered");
            assertThat(registered.path("state").asText()).as(file).isEqualTo("REGISTERED");
            assertThat(registered.path("submissionDueOn").asText()).as(file)
                    .isEqualTo(scenario.closedOn(file).plusMonths(1).toString());
            assertThat(registered.path("overdueSubmission").asBoolean()).as(file + " overdue at registration").isTrue();
            assertPenalties(file + " at registration", registered.path("processPenalties"),
                    List.of(new Expected.Penalty("MISSING", new BigDecimal("5"), 1)));
            assertDecimal(file + " deduction at registration", registered.path("totalDeduction"), "5");
            assertDecimal(file + " score at registration", registered.path("score"), "95");
            assertThat(registered.path("evaluationMonth").asText()).as(file).isEqualTo(overdueMonth(file).toString());
        }
        // E3: submitted later, LATE replaces MISSING (F4: 2 started weeks; F5 capped at 5, plus NO_PREREVIEW).
        JsonNode f4 = scenario.snapshot("F4.submitted");
        assertThat(f4.path("submittedLate").asBoolean()).isTrue();
        assertPenalties("F4 submitted late", f4.path("processPenalties"),
                List.of(new Expected.Penalty("LATE", new BigDecimal("2"), 2)));
        assertDecimal("F4's deduction until reviewed: LATE alone", f4.path("totalDeduction"), "2");
        JsonNode f5 = scenario.snapshot("F5.submitted");
        assertPenalties("F5 submitted late without pre-review", f5.path("processPenalties"),
                List.of(new Expected.Penalty("LATE", new BigDecimal("5"), startedWeeksLate("F5")),
                        new Expected.Penalty("NO_PREREVIEW", new BigDecimal("2"), 1)));
        // E1: on time: due on closedOn + 1 month; submitted with or without pre-review.
        for (String file : List.of("F1", "F2", "F3", "F6", "F8", "F9")) {
            JsonNode registered = scenario.snapshot(file + ".registered");
            assertThat(registered.path("submissionDueOn").asText()).as(file)
                    .isEqualTo(scenario.closedOn(file).plusMonths(1).toString());
            assertThat(registered.path("overdueSubmission").asBoolean()).as(file).isFalse();
            assertThat(scenario.snapshot(file + ".submitted").path("submittedLate").asBoolean()).as(file).isFalse();
        }
        assertPenalties("F3 submitted without pre-review", scenario.snapshot("F3.submitted").path("processPenalties"),
                List.of(new Expected.Penalty("NO_PREREVIEW", new BigDecimal("2"), 1)));
        // E5: round one with findings opens rectification, due one month after the review (default rulebook).
        for (String file : List.of("F2", "F3", "F4", "F5", "F6", "F9")) {
            JsonNode reviewed = scenario.snapshot(file + ".reviewed1");
            assertThat(reviewed.path("state").asText()).as(file).isEqualTo("REVIEWED");
            assertThat(reviewed.path("rectificationDueOn").asText()).as(file).isEqualTo(today.plusMonths(1).toString());
        }
        // E5: round one without findings closes the evaluation at once.
        assertThat(scenario.snapshot("F1.reviewed1").path("state").asText()).isEqualTo("CLOSED");
        // E6: resubmission puts the file back for round two.
        for (String file : List.of("F2", "F3", "F4", "F5", "F6")) {
            assertThat(scenario.snapshot(file + ".resubmitted").path("state").asText()).as(file).isEqualTo("RESUBMITTED");
        }
        // E6: the drill file was due for rectification 20 s after its review and was closed by the scheduler.
        JsonNode f8 = scenario.snapshot("F8.reviewed1");
        assertThat(f8.path("state").asText()).isEqualTo("REVIEWED");
        assertThat(scenario.snapshot("F8.expired").path("overdueRectification").asBoolean()).isTrue();
    }

    private void assertFile(FileResult e) {
        String id = scenario.id(e.key);
        JsonNode detail = evaluation.get("/api/v1/case-files/" + id, scenario.reviewer());
        String f = e.key + " ";
        assertThat(detail.path("caseNumber").asText()).as(f + "case number").isNotBlank();
        assertThat(detail.path("unitId").asText()).as(f + "unit").isEqualTo(scenario.unitId(e.unit));
        assertThat(detail.path("primaryOfficerId").asText()).as(f + "primary officer").isEqualTo(scenario.officerId(e.officer));
        assertThat(detail.path("closedOn").asText()).as(f + "closedOn").isEqualTo(scenario.closedOn(e.key).toString());
        assertThat(detail.path("submissionDueOn").asText()).as(f + "due: closedOn + P1M")
                .isEqualTo(scenario.closedOn(e.key).plusMonths(1).toString());
        assertThat(detail.path("rulebookVersion").asText()).as(f + "rulebook version in force on closedOn").isEqualTo(e.rulebookVersion);
        assertThat(detail.path("state").asText()).as(f + "state").isEqualTo(e.state);
        assertThat(text(detail.path("closingReason"))).as(f + "closing reason").isEqualTo(e.closingReason);
        assertThat(detail.path("overdueSubmission").asBoolean()).as(f + "overdueSubmission").isEqualTo(e.overdueSubmission);
        assertThat(detail.path("overdueRectification").asBoolean()).as(f + "overdueRectification").isEqualTo(e.overdueRectification);
        if (e.submittedLate != null) {
            assertThat(detail.path("submittedLate").asBoolean()).as(f + "submittedLate").isEqualTo(e.submittedLate);
        }
        assertPenalties(f + "process penalties", detail.path("processPenalties"), e.penalties);
        assertThat(detail.path("evaluationMonth").asText()).as(f + "evaluation month").isEqualTo(e.month.toString());
        assertDecimal(f + "total deduction", detail.path("totalDeduction"), e.totalDeduction.toPlainString());
        assertDecimal(f + "score", detail.path("score"), e.score.toPlainString());
        assertThat(text(detail.path("grade"))).as(f + "grade").isEqualTo(e.grade);
        assertThat(text(detail.path("classification"))).as(f + "classification").isEqualTo(e.classification);
        Card current = e.currentCard();
        if (current == null) {
            assertThat(detail.path("currentRound").isNull() || detail.path("currentRound").isMissingNode())
                    .as(f + "has no card").isTrue();
        } else {
            assertThat(detail.path("currentRound").asInt()).as(f + "current round").isEqualTo(current.round);
            assertThat(detail.path("veto").asBoolean()).as(f + "veto").isEqualTo(e.veto);
        }

        JsonNode cards = evaluation.get("/api/v1/case-files/" + id + "/cards", scenario.reviewer());
        assertThat(cards.size()).as(f + "cards (one per round)").isEqualTo(e.cards.size());
        for (int i = 0; i < e.cards.size(); i++) {
            assertCard(f + "round " + e.cards.get(i).round + " ", cards.get(i), e.cards.get(i), e);
        }
        JsonNode rounds = detail.path("rounds");
        assertThat(rounds.size()).as(f + "rounds in the detail").isEqualTo(e.cards.size());
        for (int i = 0; i < e.cards.size(); i++) {
            Card card = e.cards.get(i);
            assertThat(rounds.get(i).path("round").asInt()).isEqualTo(card.round);
            assertDecimal(f + "round result score", rounds.get(i).path("score"), card.score.toPlainString());
            assertThat(rounds.get(i).path("grade").asText()).as(f + "round result grade").isEqualTo(card.grade);
        }
        assertThat(types(detail.path("history"))).as(f + "history").containsExactlyElementsOf(e.history);
    }

    private void assertCard(String what, JsonNode view, Card e, FileResult file) {
        JsonNode card = view.path("card");
        assertThat(view.path("round").asInt()).as(what + "round").isEqualTo(e.round);
        assertThat(view.path("madeByEvent").asText()).as(what + "made by").isEqualTo(e.madeByEvent);
        assertThat(view.path("madeBy").asText()).as(what + "made by")
                .isEqualTo(e.madeByEvent.equals("RECTIFICATION_OVERDUE") ? "system" : scenario.officerId("ZHENG"));
        assertThat(card.path("rulebookVersion").asText()).as(what + "rulebook version").isEqualTo(file.rulebookVersion);
        JsonNode findings = card.path("findings");
        assertThat(findings.size()).as(what + "findings").isEqualTo(e.findings.size());
        for (int i = 0; i < e.findings.size(); i++) {
            Expected.Finding expected = e.findings.get(i);
            JsonNode actual = findings.get(i);
            String fw = what + expected.findingId() + " ";
            assertThat(actual.path("findingId").asText()).as(what + "finding " + i).isEqualTo(expected.findingId());
            assertThat(actual.path("itemCode").asText()).as(fw + "item").isEqualTo(expected.itemCode());
            assertDecimal(fw + "points", actual.path("points"), expected.points().toPlainString());
            assertDecimal(fw + "counted points", actual.path("countedPoints"), expected.counted().toPlainString());
            assertThat(text(actual.path("rectification"))).as(fw + "rectification").isEqualTo(expected.rectification());
            assertThat(actual.path("withdrawn").asBoolean()).as(fw + "withdrawn").isFalse();
            assertThat(actual.path("note").asText()).as(fw + "note").isNotBlank();
        }
        assertPenalties(what + "process penalties", card.path("processPenalties"), file.penalties);
        Map<String, JsonNode> dimensions = new LinkedHashMap<>();
        card.path("deductionByDimension").forEach(d -> dimensions.put(d.path("dimension").asText(), d));
        assertThat(dimensions.keySet()).as(what + "dimensions").containsExactlyElementsOf(WEIGHTS.keySet());
        WEIGHTS.forEach((code, weight) -> {
            Expected.Dimension expected = e.dimensions.getOrDefault(code,
                    new Expected.Dimension(code, BigDecimal.ZERO, BigDecimal.ZERO));
            JsonNode actual = dimensions.get(code);
            assertDecimal(what + code + " weight", actual.path("weight"), weight.toPlainString());
            assertDecimal(what + code + " deducted", actual.path("deducted"), expected.deducted().toPlainString());
            assertDecimal(what + code + " counted (capped at the weight)", actual.path("counted"), expected.counted().toPlainString());
        });
        assertDecimal(what + "findings deduction", card.path("findingsDeduction"), e.findingsDeduction.toPlainString());
        assertDecimal(what + "process deduction", card.path("processDeduction"), e.processDeduction.toPlainString());
        assertDecimal(what + "total deduction", card.path("totalDeduction"), e.totalDeduction.toPlainString());
        assertDecimal(what + "score", card.path("score"), e.score.toPlainString());
        assertThat(card.path("grade").asText()).as(what + "grade").isEqualTo(e.grade);
        assertThat(card.path("classification").asText()).as(what + "classification").isEqualTo(e.classification);
        assertThat(card.path("veto").asBoolean()).as(what + "veto").isEqualTo(e.veto);
    }

    // ---- 2. statistics ---------------------------------------------------------------------------------

    @Test
    @Order(2)
    void statisticsCountTheFilesOfThePeriodByTheirCurrentResult() {
        YearMonth first = Stream.of("F4", "F5", "F7").map(this::overdueMonth).min(Comparator.naturalOrder()).orElseThrow();
        JsonNode all = evaluation.get("/api/v1/statistics", scenario.reviewer(),
                Map.of("from", first.toString(), "to", thisMonth.toString()));
        // Nine files count in the period (F7 too: its deadline passed unsubmitted); eight have a card.
        // Not strict: F3 (EV01, EV03, DI01), F5 (V05), F6 (PR05, DI01). Not standardized: F2, F4, F8, F9. F1 clean.
        // Overdue submissions: F4, F5, F7. Overdue rectifications: F8.
        // Deductions: F1 0 + F2 17 + F3 33 + F4 6 + F5 100 + F6 21 + F7 5 + F8 6 + F9 6 = 194.
        assertThat(all.path("filesEvaluated").asLong()).isEqualTo(9);
        assertThat(all.path("filesReviewed").asLong()).isEqualTo(8);
        assertThat(all.path("filesNotStrict").asLong()).isEqualTo(3);
        assertThat(all.path("filesNotStandardized").asLong()).isEqualTo(4);
        assertThat(all.path("overdueSubmissions").asLong()).isEqualTo(3);
        assertThat(all.path("overdueRectifications").asLong()).isEqualTo(1);
        assertDecimal("total deduction", all.path("totalDeduction"), "194");

        // By dimension, over the current cards (files that lost points there; deducted; counted after the cap):
        // EVIDENCE         F2 2, F3 25.5 (25), F6 2, F8 4      → 4 files, 33.5, 33
        // CHARACTERIZATION F2 3, F6 6                          → 2 files, 9, 9
        // PROCEDURE        F2 5, F4 2, F5 25, F6 10, F9 2      → 5 files, 44, 44
        // DISCRETION       F2 3, F3 6, F6 3, F9 3              → 4 files, 15, 15
        // DOCUMENTS        F2 2, F4 2, F9 1                    → 3 files, 5, 5
        // FILING           F2 2, F5 2, F8 2                    → 3 files, 6, 6
        Map<String, String[]> dimensions = new LinkedHashMap<>();
        dimensions.put("EVIDENCE", new String[] {"4", "33.5", "33"});
        dimensions.put("CHARACTERIZATION", new String[] {"2", "9", "9"});
        dimensions.put("PROCEDURE", new String[] {"5", "44", "44"});
        dimensions.put("DISCRETION", new String[] {"4", "15", "15"});
        dimensions.put("DOCUMENTS", new String[] {"3", "5", "5"});
        dimensions.put("FILING", new String[] {"3", "6", "6"});
        Map<String, JsonNode> byDimension = new LinkedHashMap<>();
        all.path("deductionsByDimension").forEach(d -> byDimension.put(d.path("dimension").asText(), d));
        assertThat(byDimension.keySet()).containsExactlyElementsOf(dimensions.keySet());
        dimensions.forEach((code, e) -> {
            JsonNode d = byDimension.get(code);
            assertThat(d.path("files").asLong()).as(code + " files").isEqualTo(Long.parseLong(e[0]));
            assertDecimal(code + " deducted", d.path("deducted"), e[1]);
            assertDecimal(code + " counted", d.path("counted"), e[2]);
        });

        // By item (findings on the current cards, the files they are on, their counted points):
        Map<String, String[]> items = new TreeMap<>();
        items.put("EV01", new String[] {"4", "1", "18.5"});  // F3: 5 + 5 + 5 + 3.5
        items.put("EV02", new String[] {"4", "4", "10"});    // F2 2, F3 2, F6 2 (new in round two), F8 4 (unrectified)
        items.put("EV03", new String[] {"1", "1", "5"});     // F3
        items.put("CH01", new String[] {"2", "2", "9"});     // F2 3, F6 6 (unrectified)
        items.put("PR01", new String[] {"1", "1", "4"});     // F2 unrectified 2 × 2
        items.put("PR02", new String[] {"1", "1", "1"});     // F2, new in round two
        items.put("PR03", new String[] {"1", "1", "2"});     // F4
        items.put("PR04", new String[] {"1", "1", "2"});     // F9 (round one)
        items.put("PR05", new String[] {"1", "1", "10"});    // F6 unrectified 2 × 5
        items.put("V05", new String[] {"1", "1", "25"});     // F5, rectified but kept
        items.put("DI01", new String[] {"2", "2", "9"});     // F3 unrectified 6, F6 rectified 3
        items.put("DI02", new String[] {"2", "2", "6"});     // F2 3, F9 3
        items.put("DO01", new String[] {"1", "1", "2"});     // F4
        items.put("DO02", new String[] {"3", "2", "3"});     // F2 1 + 1, F9 1
        items.put("FI01", new String[] {"1", "1", "2"});     // F8 unrectified 2 × 1
        items.put("FI02", new String[] {"1", "1", "2"});     // F2 unrectified 2 × 1
        items.put("FI03", new String[] {"1", "1", "2"});     // F5 unrectified 2 × 1
        Map<String, JsonNode> byItem = new TreeMap<>();
        all.path("deductionsByItem").forEach(i -> byItem.put(i.path("itemCode").asText(), i));
        assertThat(byItem.keySet()).containsExactlyElementsOf(items.keySet());
        items.forEach((code, e) -> {
            JsonNode i = byItem.get(code);
            assertThat(i.path("findings").asLong()).as(code + " findings").isEqualTo(Long.parseLong(e[0]));
            assertThat(i.path("files").asLong()).as(code + " files").isEqualTo(Long.parseLong(e[1]));
            assertDecimal(code + " points", i.path("points"), e[2]);
        });

        // One unit, this month: 城关派出所's F1 (clean), F2 (not standardized), F3 (not strict), F9 (not
        // standardized); nothing overdue; 0 + 17 + 33 + 6 = 56.
        JsonNode chengguan = evaluation.get("/api/v1/statistics", scenario.reviewer(),
                Map.of("from", thisMonth.toString(), "to", thisMonth.toString(), "unitId", scenario.unitId("CG")));
        assertThat(chengguan.path("filesEvaluated").asLong()).isEqualTo(4);
        assertThat(chengguan.path("filesReviewed").asLong()).isEqualTo(4);
        assertThat(chengguan.path("filesNotStrict").asLong()).isEqualTo(1);
        assertThat(chengguan.path("filesNotStandardized").asLong()).isEqualTo(2);
        assertThat(chengguan.path("overdueSubmissions").asLong()).isZero();
        assertThat(chengguan.path("overdueRectifications").asLong()).isZero();
        assertDecimal("城关派出所's deduction this month", chengguan.path("totalDeduction"), "56");

        // 交警大队 over the whole period: F4 and F5, both overdue at registration.
        JsonNode traffic = evaluation.get("/api/v1/statistics", scenario.leadership(),
                Map.of("from", first.toString(), "to", thisMonth.toString(), "unitId", scenario.unitId("JJ")));
        assertThat(traffic.path("filesEvaluated").asLong()).isEqualTo(2);
        assertThat(traffic.path("overdueSubmissions").asLong()).isEqualTo(2);
        assertThat(traffic.path("filesNotStrict").asLong()).isEqualTo(1);
        assertDecimal("交警大队's deduction: 6 + 100", traffic.path("totalDeduction"), "106");
    }

    // ---- 3. publicity: monthly lists, red cards, pages ----------------------------------------------------

    @Test
    @Order(3)
    void monthlyListsShowEachOfficersAverageAndRedCardWithinSeconds() {
        Map<String, FileResult> files = expectedBeforePublication();
        for (YearMonth month : monthsOf(files)) {
            awaitLiveList(month, files);
        }
        // This month, by hand: 王强 F1 0 + F9 6 = 6 / 2 = 3.00, not above 3.0: no red card (F3, where he is a
        // co-handler, counts for its primary officer only). 李明 F2 17 + F3 33 = 50 / 2 = 25.00: red card.
        // 孙伟 F6 21 + F8 6 = 27 / 2 = 13.50: red card.
        JsonNode live = publicity.get("/api/v1/monthly-lists/" + thisMonth, scenario.reviewer());
        assertOfficerLine(live, "WANG", 2, "6", "3.00", false);
        assertOfficerLine(live, "LI", 2, "50", "25.00", true);
        assertOfficerLine(live, "SUN", 2, "27", "13.50", true);

        JsonNode redCards = publicity.get("/api/v1/red-cards/" + thisMonth, scenario.reviewer());
        assertThat(redCards.path("status").asText()).isEqualTo("LIVE");
        List<String> carded = new ArrayList<>();
        redCards.path("redCards").forEach(o -> carded.add(o.path("officerId").asText()));
        assertThat(carded).contains(scenario.officerId("LI"), scenario.officerId("SUN"))
                .doesNotContain(scenario.officerId("WANG"));
        JsonNode li = officerLine(redCards.path("redCards"), "LI");
        assertThat(caseNumbers(li.path("problemFileList")))
                .containsExactlyInAnyOrder(caseNumber("F2"), caseNumber("F3"));

        // The legal web page, to a reviewer: the red-card page names 李明 and 孙伟 with their problem files, and the
        // monthly list marks their rows (not 王强's). Without a token nothing unpublished shows.
        assertThat(publicity.page("/monthly-lists/" + thisMonth)).contains("本月清单尚未发布")
                .doesNotContain("data-officer-id=");
        assertThat(publicity.page("/red-cards/" + thisMonth)).doesNotContain("data-officer-id=");
        String redCardPage = publicity.page("/red-cards/" + thisMonth, scenario.reviewer());
        assertThat(redCardPage).contains("红牌民警", "data-officer-id=\"" + scenario.officerId("LI") + "\"",
                "data-officer-id=\"" + scenario.officerId("SUN") + "\"", "李明", "孙伟", caseNumber("F3"))
                .doesNotContain("data-officer-id=\"" + scenario.officerId("WANG") + "\"");
        String listPage = publicity.page("/monthly-lists/" + thisMonth, scenario.reviewer());
        assertThat(listPage).contains("<tr class=\"officer red-card\" data-officer-id=\"" + scenario.officerId("LI") + "\"",
                "<tr class=\"officer red-card\" data-officer-id=\"" + scenario.officerId("SUN") + "\"",
                "<tr class=\"officer\" data-officer-id=\"" + scenario.officerId("WANG") + "\"");
    }

    // ---- 4. publication freezes the month; a later review changes only the live list -------------------

    @Test
    @Order(4)
    void aPublishedMonthStaysAsPublishedWhileALaterReviewChangesTheLiveList() {
        Map<String, FileResult> before = expectedBeforePublication();
        awaitLiveList(thisMonth, before);
        JsonNode published = scenario.publishMonth(thisMonth);
        assertThat(published.path("status").asText()).isEqualTo("PUBLISHED");
        int version = published.path("version").asInt();
        assertThat(version).isEqualTo(1);
        assertList(thisMonth, published, before);

        scenario.reviewF9RoundTwo();
        Map<String, FileResult> after = expectedAfterLaterReview();
        assertFile(after.get("F9"));
        // Live: 王强 F1 0 + F9 9 = 9 / 2 = 4.50, above 3.0: a red card now.
        JsonNode live = awaitLiveList(thisMonth, after);
        assertThat(live.path("status").asText()).isEqualTo("LIVE");
        assertThat(live.path("latestPublishedVersion").asInt()).isEqualTo(version);
        assertOfficerLine(live, "WANG", 2, "9", "4.50", true);
        // Published version 1 still says 3.00 and no red card.
        JsonNode frozen = publicity.get("/api/v1/monthly-lists/" + thisMonth, scenario.reviewer(),
                Map.of("version", Integer.toString(version)));
        assertThat(frozen.path("status").asText()).isEqualTo("PUBLISHED");
        assertList(thisMonth, frozen, before);
        assertOfficerLine(frozen, "WANG", 2, "6", "3.00", false);
        JsonNode redCards = publicity.get("/api/v1/red-cards/" + thisMonth, scenario.reviewer());
        assertThat(redCards.path("status").asText()).isEqualTo("PUBLISHED");
        assertThat(redCards.path("version").asInt()).isEqualTo(version);
        assertThat(redCards.path("redCards").findValuesAsText("officerId")).doesNotContain(scenario.officerId("WANG"));

        // The page shows the published version by default, the live data on request to a caller with a token.
        String publishedPage = publicity.page("/monthly-lists/" + thisMonth);
        assertThat(publishedPage).contains("<tr class=\"officer\" data-officer-id=\"" + scenario.officerId("WANG") + "\"");
        assertThat(publicity.page("/monthly-lists/" + thisMonth + "?live=true"))
                .contains("<tr class=\"officer\" data-officer-id=\"" + scenario.officerId("WANG") + "\"");
        String livePage = publicity.page("/monthly-lists/" + thisMonth + "?live=true", scenario.reviewer());
        assertThat(livePage).contains("<tr class=\"officer red-card\" data-officer-id=\"" + scenario.officerId("WANG") + "\"");
        assertThat(publicity.page("/red-cards/" + thisMonth))
                .doesNotContain("data-officer-id=\"" + scenario.officerId("WANG") + "\"");
    }

    // ---- 6. 训 奖 督 from the same events ------------------------------------------------------------------

    private FiveWords fiveWords() {
        return new FiveWords(scenario, evaluation, new Api(stack.baseUrl("training")), new Api(stack.baseUrl("incentive")),
                thisMonth, today);
    }

    @Test
    @Order(6)
    void trainingNominatesTheRedCardedOfficersAndDraftsTheMeetingFromTheMonth() {
        FiveWords words = fiveWords();
        words.redCardedOfficersAreNominated();
        words.theMeetingAgendaNamesTheMonthsMostFrequentItem();
        words.aClassASelfCheckListAndAnExam();
        words.aSelectionIsConfirmed();
    }

    @Test
    @Order(7)
    void incentiveCountsPointsAllocatesToTheCentAndExcludesTheRedCarded() {
        fiveWords().pointsAnAllocationToTheCentAndARanking();
    }

    @Test
    @Order(8)
    void supervisionTracksTheRedCardedAndACaseGoesFromDraftToDecision() {
        FiveWords words = fiveWords().withSupervision(new Api(stack.baseUrl("supervision")));
        words.redCardedOfficersAreTrackedWithTheirProblemFiles();
        words.aCaseGoesFromDraftToDecisionAndTheFiguresCountIt();
    }

    // ---- 9. the portal's generated clients ---------------------------------------------------------------

    /**
     * What the scenario wrote through plain HTTP, read back through the clients generated from the OpenAPI documents
     * (issue 12): the documents describe the answers exactly enough for a typed client to read them, and a refusal
     * reaches the portal as the problem the document names.
     */
    @Test
    @Order(9)
    void thePortalsGeneratedClientsReadTheScenarioAndItsRefusals() throws Exception {
        var files = new cn.kaoping.portal.evaluation.api.CaseFilesApi(
                PortalClients.evaluation(stack.baseUrl("evaluation"), scenario.reviewer()));
        var f1 = files.getCaseFile(scenario.id("F1"));
        assertThat(f1.getCaseNumber()).isNotBlank();
        assertThat(f1.getState()).isEqualTo(cn.kaoping.portal.evaluation.model.CaseFileState.CLOSED);
        assertThat(f1.getScore()).isEqualByComparingTo("100");
        assertThat(files.listEvaluationCards(scenario.id("F1"))).hasSize(1);
        assertThat(files.searchCaseFiles(null, null, null, null, null, null, null).getTotal())
                .isGreaterThanOrEqualTo(SeedScenario.FILES.size());

        var units = new cn.kaoping.portal.evaluation.api.UnitsApi(
                PortalClients.evaluation(stack.baseUrl("evaluation"), scenario.admin()));
        assertThat(units.listUnits(null, null).getItems()).extracting("id").contains(scenario.unitId("CG"));

        var lists = new cn.kaoping.portal.publicity.api.MonthlyListsApi(
                PortalClients.publicity(stack.baseUrl("publicity"), scenario.reviewer()));
        var list = lists.getMonthlyList(thisMonth.toString(), null, null, null, null);
        assertThat(list.getMonth()).isEqualTo(thisMonth.toString());
        assertThat(list.getOfficers()).isNotEmpty();

        var refused = org.assertj.core.api.Assertions.catchThrowableOfType(
                cn.kaoping.portal.evaluation.client.ApiException.class, () -> files.getCaseFile("no-such-file"));
        assertThat(refused.getCode()).isEqualTo(404);
        assertThat(refused.getResponseHeaders().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.getResponseBody()).contains("\"status\":404");
    }

    // ---- 5. every event on Kafka, complete and in order per file ----------------------------------------

    @Test
    @Order(5)
    void everyEventOfTheScenarioIsOnTheEvaluationTopicCompleteAndInOrderPerFile() {
        Map<String, FileResult> expected = expectedAfterLaterReview();
        if (!"CLOSED".equals(evaluation.get("/api/v1/case-files/" + scenario.id("F9"), scenario.reviewer()).path("state").asText())) {
            // Test 4 did not get as far as F9's round two: compare with the state before it.
            expected = expectedBeforePublication();
        }
        Map<String, JsonNode> histories = new LinkedHashMap<>();
        for (String file : SeedScenario.FILES) {
            JsonNode history = evaluation.get("/api/v1/case-files/" + scenario.id(file), scenario.reviewer()).path("history");
            assertThat(types(history)).as(file + " history").containsExactlyElementsOf(expected.get(file).history);
            histories.put(scenario.id(file), history);
        }
        Map<String, List<Published>> topic = EvaluationTopic.read(stack.bootstrapServers(), KAFKA_WAIT,
                allEventsOf(histories));

        for (String file : SeedScenario.FILES) {
            String id = scenario.id(file);
            JsonNode history = histories.get(id);
            List<Published> events = topic.getOrDefault(id, List.of());
            assertThat(events).as(file + ": one event on the topic per history entry").hasSize(history.size());
            for (int i = 0; i < history.size(); i++) {
                JsonNode entry = history.get(i);
                Published event = events.get(i);
                String what = file + " event " + (i + 1) + " ";
                assertThat(event.key()).as(what + "key").isEqualTo(id);
                assertThat(event.envelope().subject()).as(what + "subject").isEqualTo(id);
                assertThat(event.envelope().type()).as(what + "type, in order")
                        .isEqualTo("kaoping.evaluation." + entry.path("type").asText());
                assertThat(event.envelope().source()).isEqualTo("/kaoping/evaluation-service");
                assertThat(event.envelope().data().path("caseFileId").asText()).as(what + "data").isEqualTo(id);
                // The history keeps PostgreSQL's microseconds (rounded); the event, the clock's nanoseconds.
                assertThat(Instant.parse(event.envelope().data().path("occurredAt").asText())).as(what + "occurredAt")
                        .isCloseTo(Instant.parse(entry.path("occurredAt").asText()), within(1, ChronoUnit.MICROS));
                assertThat(event.envelope().actor().id()).as(what + "actor").isEqualTo(entry.path("actorId").asText());
                assertThat(event.envelope().actor().roles()).as(what + "actor's roles, from the token or SYSTEM").isNotEmpty();
                assertThat(event.envelope().decode()).as(what + "decodes as a contract event").isNotNull();
            }
        }
        // The scores on the topic are the cards': the last score-bearing event of each file carries its result.
        for (String file : SeedScenario.FILES) {
            FileResult e = expected.get(file);
            List<Published> events = topic.get(scenario.id(file));
            JsonNode last = events.get(events.size() - 1).envelope().data();
            if (e.currentCard() == null) {
                assertDecimal(file + " SubmissionOverdue deduction", last.path("totalDeduction"), e.totalDeduction.toPlainString());
            } else if (e.state.equals("CLOSED")) {
                assertDecimal(file + " CaseFileClosed score", last.path("score"), e.score.toPlainString());
                assertThat(last.path("grade").asText()).as(file + " CaseFileClosed grade").isEqualTo(e.grade);
                assertThat(last.path("evaluationMonth").asText()).as(file + " month").isEqualTo(e.month.toString());
            } else {
                assertDecimal(file + " CaseFileReviewed score", last.path("card").path("score"), e.score.toPlainString());
            }
        }
        // Units, officers and the drill rulebook are on the topic too, keyed by their ids.
        for (String unitId : scenario.unitIds().values()) {
            assertThat(topic.get(unitId)).as("UnitRegistered of " + unitId).extracting(p -> p.envelope().type())
                    .containsExactly("kaoping.evaluation.UnitRegistered");
        }
        for (String officerId : scenario.officerIds().values()) {
            assertThat(topic.get(officerId)).as("OfficerRegistered of " + officerId).extracting(p -> p.envelope().type())
                    .containsExactly("kaoping.evaluation.OfficerRegistered");
        }
        assertThat(topic.get(scenario.drillVersionId())).extracting(p -> p.envelope().type())
                .containsExactly("kaoping.evaluation.RulebookVersionPublished");
    }

    /** Done when every file has as many events as history entries, and the units, officers and drill version are there. */
    private Predicate<Map<String, List<Published>>> allEventsOf(Map<String, JsonNode> histories) {
        return bySubject -> histories.entrySet().stream()
                .allMatch(h -> bySubject.getOrDefault(h.getKey(), List.of()).size() >= h.getValue().size())
                && Stream.concat(scenario.unitIds().values().stream(), scenario.officerIds().values().stream())
                .allMatch(bySubject::containsKey)
                && bySubject.containsKey(scenario.drillVersionId());
    }

    // ---- monthly lists by the rules of P1/P2 -----------------------------------------------------------------

    private TreeSet<YearMonth> monthsOf(Map<String, FileResult> files) {
        return files.values().stream().map(f -> f.month).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Polls the live list of a month until it is what the files say (P1, P2), for {@link #PROJECTION_WAIT}. */
    private JsonNode awaitLiveList(YearMonth month, Map<String, FileResult> files) {
        AtomicReference<JsonNode> live = new AtomicReference<>();
        await("the live list of " + month + " is what the files say").atMost(PROJECTION_WAIT)
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    live.set(publicity.get("/api/v1/monthly-lists/" + month, scenario.reviewer()));
                    assertThat(live.get().path("status").asText()).isEqualTo("LIVE");
                    assertList(month, live.get(), files);
                });
        return live.get();
    }

    /**
     * A month's list from the files that count in it: the primary officer carries each file, average = total /
     * files (two decimals, half up), red card when the average is above 3.0 (at least one file), problem files are
     * those with a deduction; each unit counts its files once.
     */
    private void assertList(YearMonth month, JsonNode list, Map<String, FileResult> files) {
        List<FileResult> ofMonth = files.values().stream().filter(f -> f.month.equals(month)).toList();
        Map<String, List<FileResult>> byOfficer = ofMonth.stream()
                .collect(Collectors.groupingBy(f -> f.officer, LinkedHashMap::new, Collectors.toList()));
        Map<String, List<FileResult>> byUnit = ofMonth.stream()
                .collect(Collectors.groupingBy(f -> f.unit, LinkedHashMap::new, Collectors.toList()));

        assertThat(list.path("month").asText()).isEqualTo(month.toString());
        assertDecimal(month + " red card rule", list.path("redCardRule").path("averageAbove"), "3.0");
        Map<String, JsonNode> officers = new LinkedHashMap<>();
        list.path("officers").forEach(o -> officers.put(o.path("officerId").asText(), o));
        assertThat(officers.keySet()).as(month + " officers")
                .containsExactlyInAnyOrderElementsOf(byOfficer.keySet().stream().map(scenario::officerId).toList());
        int redCards = 0;
        Map<String, Integer> redCardsOfUnit = new LinkedHashMap<>();
        for (Map.Entry<String, List<FileResult>> entry : byOfficer.entrySet()) {
            List<FileResult> carried = entry.getValue();
            BigDecimal total = sum(carried);
            BigDecimal average = total.divide(BigDecimal.valueOf(carried.size()), 2, RoundingMode.HALF_UP);
            boolean redCard = average.compareTo(RED_CARD_ABOVE) > 0;
            JsonNode line = officers.get(scenario.officerId(entry.getKey()));
            String what = month + " " + scenario.officerName(entry.getKey()) + " ";
            assertThat(line.path("officerName").asText()).as(what + "name").isEqualTo(scenario.officerName(entry.getKey()));
            assertThat(line.path("unitId").asText()).as(what + "unit").isEqualTo(scenario.unitId(carried.get(0).unit));
            assertThat(line.path("filesEvaluated").asInt()).as(what + "filesEvaluated").isEqualTo(carried.size());
            assertDecimal(what + "totalDeduction", line.path("totalDeduction"), total.toPlainString());
            assertDecimal(what + "averageDeduction", line.path("averageDeduction"), average.toPlainString());
            assertThat(line.path("redCard").asBoolean()).as(what + "redCard (average above 3.0)").isEqualTo(redCard);
            assertThat(line.path("problemFiles").asInt()).as(what + "problemFiles")
                    .isEqualTo((int) carried.stream().filter(f -> f.totalDeduction.signum() > 0).count());
            assertThat(caseNumbers(line.path("problemFileList"))).as(what + "problem files")
                    .containsExactlyInAnyOrderElementsOf(carried.stream().filter(f -> f.totalDeduction.signum() > 0)
                            .map(f -> caseNumber(f.key)).toList());
            if (redCard) {
                redCards++;
                redCardsOfUnit.merge(carried.get(0).unit, 1, Integer::sum);
            }
        }
        Map<String, JsonNode> units = new LinkedHashMap<>();
        list.path("units").forEach(u -> units.put(u.path("unitId").asText(), u));
        assertThat(units.keySet()).as(month + " units")
                .containsExactlyInAnyOrderElementsOf(byUnit.keySet().stream().map(scenario::unitId).toList());
        for (Map.Entry<String, List<FileResult>> entry : byUnit.entrySet()) {
            JsonNode line = units.get(scenario.unitId(entry.getKey()));
            List<FileResult> unitFiles = entry.getValue();
            BigDecimal total = sum(unitFiles);
            String what = month + " unit " + entry.getKey() + " ";
            assertThat(line.path("filesEvaluated").asInt()).as(what + "filesEvaluated").isEqualTo(unitFiles.size());
            assertDecimal(what + "totalDeduction", line.path("totalDeduction"), total.toPlainString());
            assertDecimal(what + "averageDeduction", line.path("averageDeduction"),
                    total.divide(BigDecimal.valueOf(unitFiles.size()), 2, RoundingMode.HALF_UP).toPlainString());
            assertThat(line.path("problemFiles").asInt()).as(what + "problemFiles")
                    .isEqualTo((int) unitFiles.stream().filter(f -> f.totalDeduction.signum() > 0).count());
            assertThat(line.path("redCardOfficers").asInt()).as(what + "redCardOfficers")
                    .isEqualTo(redCardsOfUnit.getOrDefault(entry.getKey(), 0));
        }
        JsonNode summary = list.path("summary");
        assertThat(summary.path("filesEvaluated").asInt()).as(month + " files").isEqualTo(ofMonth.size());
        assertDecimal(month + " total", summary.path("totalDeduction"), sum(ofMonth).toPlainString());
        assertThat(summary.path("redCards").asInt()).as(month + " red cards").isEqualTo(redCards);
    }

    private void assertOfficerLine(JsonNode list, String officer, int files, String total, String average, boolean redCard) {
        JsonNode line = officerLine(list.path("officers"), officer);
        String what = scenario.officerName(officer) + " in " + list.path("month").asText() + " (" + list.path("status").asText() + ") ";
        assertThat(line.path("filesEvaluated").asInt()).as(what + "files").isEqualTo(files);
        assertDecimal(what + "total", line.path("totalDeduction"), total);
        assertDecimal(what + "average", line.path("averageDeduction"), average);
        assertThat(line.path("redCard").asBoolean()).as(what + "red card").isEqualTo(redCard);
    }

    private JsonNode officerLine(JsonNode lines, String officer) {
        for (JsonNode line : lines) {
            if (line.path("officerId").asText().equals(scenario.officerId(officer))) {
                return line;
            }
        }
        return fail("no line for " + scenario.officerName(officer) + " in " + lines);
    }

    private String caseNumber(String file) {
        return scenario.snapshot(file + ".registered").path("caseNumber").asText();
    }

    private static List<String> caseNumbers(JsonNode problemFiles) {
        List<String> numbers = new ArrayList<>();
        problemFiles.forEach(p -> numbers.add(p.path("caseNumber").asText()));
        return numbers;
    }

    private static BigDecimal sum(List<FileResult> files) {
        return files.stream().map(f -> f.totalDeduction).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private static Map<String, BigDecimal> weights() {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        weights.put("EVIDENCE", new BigDecimal("25"));
        weights.put("CHARACTERIZATION", new BigDecimal("15"));
        weights.put("PROCEDURE", new BigDecimal("25"));
        weights.put("DISCRETION", new BigDecimal("20"));
        weights.put("DOCUMENTS", new BigDecimal("10"));
        weights.put("FILING", new BigDecimal("5"));
        return weights;
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
