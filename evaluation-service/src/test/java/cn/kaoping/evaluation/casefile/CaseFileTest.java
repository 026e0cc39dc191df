package cn.kaoping.evaluation.casefile;

import static cn.kaoping.evaluation.support.DomainErrors.domainError;
import static cn.kaoping.evaluation.support.DomainErrors.fieldError;
import static cn.kaoping.evaluation.support.EventPayloads.only;
import static cn.kaoping.evaluation.support.EventPayloads.payloadsSatisfy;
import static cn.kaoping.evaluation.casefile.CaseFileScenario.CASE_NUMBER;
import static cn.kaoping.evaluation.casefile.CaseFileScenario.CLOSED_ON;
import static cn.kaoping.evaluation.casefile.CaseFileScenario.CO_HANDLER;
import static cn.kaoping.evaluation.casefile.CaseFileScenario.FILE;
import static cn.kaoping.evaluation.casefile.CaseFileScenario.LEGAL_OFFICER;
import static cn.kaoping.evaluation.casefile.CaseFileScenario.PRIMARY_OFFICER;
import static cn.kaoping.evaluation.casefile.CaseFileScenario.REVIEWER;
import static cn.kaoping.evaluation.casefile.CaseFileScenario.SUBMISSION_DUE_ON;
import static cn.kaoping.evaluation.casefile.CaseFileScenario.UNIT;
import static cn.kaoping.evaluation.casefile.CaseFileScenario.at;
import static cn.kaoping.evaluation.casefile.CaseFileScenario.expireRectification;
import static cn.kaoping.evaluation.casefile.CaseFileScenario.finding;
import static cn.kaoping.evaluation.casefile.CaseFileScenario.markOverdue;
import static cn.kaoping.evaluation.casefile.CaseFileScenario.object;
import static cn.kaoping.evaluation.casefile.CaseFileScenario.points;
import static cn.kaoping.evaluation.casefile.CaseFileScenario.preReview;
import static cn.kaoping.evaluation.casefile.CaseFileScenario.register;
import static cn.kaoping.evaluation.casefile.CaseFileScenario.reject;
import static cn.kaoping.evaluation.casefile.CaseFileScenario.review;
import static cn.kaoping.evaluation.casefile.CaseFileScenario.reviewRoundTwo;
import static cn.kaoping.evaluation.casefile.CaseFileScenario.submit;
import static cn.kaoping.evaluation.casefile.CaseFileScenario.uphold;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.kaoping.domain.RefusalKind;
import cn.kaoping.contracts.evaluation.CaseFileClosed;
import cn.kaoping.contracts.evaluation.CaseFilePreReviewed;
import cn.kaoping.contracts.evaluation.CaseFileRegistered;
import cn.kaoping.contracts.evaluation.CaseFileReviewed;
import cn.kaoping.contracts.evaluation.CaseFileSubmitted;
import cn.kaoping.contracts.evaluation.CaseKind;
import cn.kaoping.contracts.evaluation.Classification;
import cn.kaoping.contracts.evaluation.ClosingReason;
import cn.kaoping.contracts.evaluation.DimensionDeduction;
import cn.kaoping.contracts.evaluation.EvaluationCard;
import cn.kaoping.contracts.evaluation.EvaluationEvent;
import cn.kaoping.contracts.evaluation.Finding;
import cn.kaoping.contracts.evaluation.FindingClass;
import cn.kaoping.contracts.evaluation.Grade;
import cn.kaoping.contracts.evaluation.ObjectionDecided;
import cn.kaoping.contracts.evaluation.ObjectionDecision;
import cn.kaoping.contracts.evaluation.ObjectionRaised;
import cn.kaoping.contracts.evaluation.PreReviewFinding;
import cn.kaoping.contracts.evaluation.ProcessPenalty;
import cn.kaoping.contracts.evaluation.ProcessPenaltyCode;
import cn.kaoping.contracts.evaluation.Rectification;
import cn.kaoping.contracts.evaluation.RectificationOverdue;
import cn.kaoping.contracts.evaluation.SubmissionOverdue;
import cn.kaoping.evaluation.support.TestRulebooks;
import cn.kaoping.evaluation.casefile.objecting.DecideObjection;
import cn.kaoping.evaluation.casefile.registering.RegisterCaseFile;
import cn.kaoping.evaluation.casefile.reviewing.ReviewCaseFile;
import cn.kaoping.evaluation.casefile.submitting.SubmitCaseFile;
import cn.kaoping.evaluation.deadline.BureauCalendar;
import cn.kaoping.evaluation.domain.ErrorCode;
import cn.kaoping.evaluation.rulebook.InMemoryRulebookCatalog;
import cn.kaoping.evaluation.rulebook.Rulebook;
import cn.kaoping.evaluation.scoring.FindingInput;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules of PROCESS.md E1–E7 and E9 as decisions of the case-file aggregate: given these events (or the
 * commands that made them), when this command, then these events or this domain error.
 */
class CaseFileTest {

    private static final String RULEBOOK = TestRulebooks.DEFAULT_VERSION;

    private InMemoryRulebookCatalog rulebooks;
    private FixtureConfiguration<CaseFile> fixture;

    @BeforeEach
    void setUp() {
        rulebooks = TestRulebooks.catalogWithDefault();
        fixture = new AggregateTestFixture<>(CaseFile.class)
                .registerInjectableResource(rulebooks)
                .registerInjectableResource(BureauCalendar.shanghai());
    }

    /** A file pre-reviewed and submitted on time (no process penalty). */
    private static Object[] submittedOnTime() {
        return new Object[] {register(), preReview("2017-03-20T09:00"), submit("2017-04-05T10:00")};
    }

    /** Round one reviewed on 2017-04-20 with EV02 (R1-1, 2), PR05 (R1-2, 5), DO02 (R1-3, 1): total 8. */
    private static Object[] reviewedWithThreeFindings() {
        return new Object[] {register(), preReview("2017-03-20T09:00"), submit("2017-04-05T10:00"),
                review("2017-04-20T15:00", finding("EV02"), finding("PR05"), finding("DO02"))};
    }

    private static Object[] resubmittedWithThreeFindings() {
        return append(reviewedWithThreeFindings(), submit("2017-05-15T10:00"));
    }

    private static Object[] append(Object[] commands, Object... more) {
        Object[] all = new Object[commands.length + more.length];
        System.arraycopy(commands, 0, all, 0, commands.length);
        System.arraycopy(more, 0, all, commands.length, more.length);
        return all;
    }

    private static List<DimensionDeduction> dimensions(String evidence, String characterization, String procedure,
                                                       String discretion, String documents, String filing) {
        return List.of(
                dimension("EVIDENCE", "25", evidence),
                dimension("CHARACTERIZATION", "15", characterization),
                dimension("PROCEDURE", "25", procedure),
                dimension("DISCRETION", "20", discretion),
                dimension("DOCUMENTS", "10", documents),
                dimension("FILING", "5", filing));
    }

    private static DimensionDeduction dimension(String code, String weight, String deducted) {
        BigDecimal d = points(deducted);
        BigDecimal w = points(weight);
        return new DimensionDeduction(code, w, d, d.min(w));
    }

    // ---------------------------------------------------------------------------------------------

    @Nested
    class E1_registration {

        @Test
        void submission_deadline_is_one_calendar_month_after_closing_and_overdue_from_the_next_day() {
            fixture.givenNoPriorActivity()
                    .when(register())
                    .expectEvents(new CaseFileRegistered(FILE, CASE_NUMBER, CaseKind.ADMINISTRATIVE_PENALTY, UNIT,
                            PRIMARY_OFFICER, List.of(CO_HANDLER), CLOSED_ON, RULEBOOK, SUBMISSION_DUE_ON,
                            at("2017-04-11T00:00"), LEGAL_OFFICER, at("2017-03-12T10:00")));
        }

        @Test
        void submission_deadline_of_a_file_closed_on_the_last_of_january_is_the_last_of_february() {
            fixture.givenNoPriorActivity()
                    .when(register(LocalDate.of(2017, 1, 31), at("2017-02-01T10:00")))
                    .expectEventsMatching(payloadsSatisfy(events -> {
                        CaseFileRegistered registered = only(CaseFileRegistered.class, events);
                        assertThat(registered.submissionDueOn()).isEqualTo(LocalDate.of(2017, 2, 28));
                        assertThat(registered.submissionOverdueAt()).isEqualTo(at("2017-03-01T00:00"));
                    }));
        }

        @Test
        void a_file_closed_more_than_the_submission_period_ago_is_overdue_at_once() {
            fixture.givenNoPriorActivity()
                    .when(register(LocalDate.of(2017, 1, 5), at("2017-03-12T10:00")))
                    .expectEventsMatching(payloadsSatisfy(events -> {
                        assertThat(events).hasSize(2).first().isInstanceOf(CaseFileRegistered.class);
                        assertThat(events.get(1)).isEqualTo(new SubmissionOverdue(FILE, CASE_NUMBER, UNIT,
                                PRIMARY_OFFICER, List.of(CO_HANDLER), LocalDate.of(2017, 2, 5), YearMonth.of(2017, 2),
                                RULEBOOK, List.of(new ProcessPenalty(ProcessPenaltyCode.MISSING, points("5"), 1)),
                                points("5"), points("95"), EvaluationEvent.SYSTEM_ACTOR, at("2017-03-12T10:00")));
                    }));
        }

        @Test
        void a_closing_date_in_the_future_is_refused() {
            fixture.givenNoPriorActivity()
                    .when(register(LocalDate.of(2017, 3, 13), at("2017-03-12T23:00")))
                    .expectException(fieldError("closedOn", ErrorCode.CLOSED_ON_IN_FUTURE))
                    .expectNoEvents();
        }

        @Test
        void the_primary_officer_cannot_also_be_a_co_handler() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterCaseFile(FILE, CASE_NUMBER, CaseKind.OTHER, UNIT, PRIMARY_OFFICER,
                            List.of(PRIMARY_OFFICER), CLOSED_ON, LEGAL_OFFICER, at("2017-03-12T10:00")))
                    .expectException(fieldError("coHandlerIds[0]", ErrorCode.PRIMARY_OFFICER_AMONG_CO_HANDLERS))
                    .expectNoEvents();
        }

        @Test
        void case_number_kind_unit_and_primary_officer_are_required() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterCaseFile(FILE, " ", null, null, "", List.of(), CLOSED_ON, LEGAL_OFFICER,
                            at("2017-03-12T10:00")))
                    .expectException(domainError(RefusalKind.INVALID_INPUT))
                    .expectException(fieldError("caseNumber", ErrorCode.REQUIRED))
                    .expectException(fieldError("kind", ErrorCode.REQUIRED))
                    .expectException(fieldError("unitId", ErrorCode.REQUIRED))
                    .expectException(fieldError("primaryOfficerId", ErrorCode.REQUIRED));
        }
    }

    // ---------------------------------------------------------------------------------------------

    @Nested
    class E2_pre_review {

        @Test
        void the_legal_officer_may_pre_review_several_times_before_submission() {
            fixture.givenCommands(register(), preReview("2017-03-20T09:00", finding("EV02")))
                    .when(preReview("2017-03-22T09:00", finding("DO02", "1"), finding("DO02", "1")))
                    .expectEvents(new CaseFilePreReviewed(FILE, CASE_NUMBER, UNIT, PRIMARY_OFFICER, 2,
                            LocalDate.of(2017, 3, 22),
                            List.of(new PreReviewFinding("P2-1", "DO02", "DOCUMENTS", points("1"),
                                            FindingClass.NOT_STANDARDIZED, false, "见卷宗 DO02"),
                                    new PreReviewFinding("P2-2", "DO02", "DOCUMENTS", points("1"),
                                            FindingClass.NOT_STANDARDIZED, false, "见卷宗 DO02")),
                            LEGAL_OFFICER, at("2017-03-22T09:00")));
        }

        @Test
        void pre_review_findings_obey_the_rulebook_too() {
            fixture.givenCommands(register())
                    .when(preReview("2017-03-20T09:00", finding("XX99")))
                    .expectException(fieldError("findings[0].itemCode", ErrorCode.UNKNOWN_RULEBOOK_ITEM))
                    .expectNoEvents();
        }

        @Test
        void a_pre_review_after_submission_is_refused() {
            fixture.givenCommands(submittedOnTime())
                    .when(preReview("2017-04-06T09:00", finding("EV02")))
                    .expectException(domainError(RefusalKind.STATE_CONFLICT, ErrorCode.CASE_FILE_ALREADY_SUBMITTED))
                    .expectNoEvents();
        }
    }

    // ---------------------------------------------------------------------------------------------

    @Nested
    class E3_process_penalties {

        @Test
        void submitting_on_the_due_date_is_on_time() {
            fixture.givenCommands(register(), preReview("2017-03-20T09:00"))
                    .when(submit("2017-04-10T23:59"))
                    .expectEvents(new CaseFileSubmitted(FILE, CASE_NUMBER, UNIT, PRIMARY_OFFICER, 1, SUBMISSION_DUE_ON,
                            false, List.of(), points("0"), null, LEGAL_OFFICER, at("2017-04-10T23:59")));
        }

        @ParameterizedTest(name = "submitted {0}: {1} points for {2} started weeks")
        @CsvSource({
                "2017-04-11T08:00, 1, 1",
                "2017-04-17T23:59, 1, 1",
                "2017-04-18T00:00, 2, 2",
                "2017-05-09T10:00, 5, 5",
                "2017-05-16T10:00, 5, 6",
        })
        void late_submission_costs_one_point_per_started_week_at_most_five(String submittedAt, String expectedPoints,
                                                                            int startedWeeks) {
            fixture.givenCommands(register(), preReview("2017-03-20T09:00"))
                    .when(submit(submittedAt))
                    .expectEventsMatching(payloadsSatisfy(events -> {
                        CaseFileSubmitted submitted = only(CaseFileSubmitted.class, events);
                        assertThat(submitted.late()).isTrue();
                        assertThat(submitted.processPenalties()).containsExactly(
                                new ProcessPenalty(ProcessPenaltyCode.LATE, points(expectedPoints), startedWeeks));
                        assertThat(submitted.processDeduction()).isEqualTo(points(expectedPoints));
                        assertThat(submitted.evaluationMonth()).isEqualTo(YearMonth.of(2017, 4));
                    }));
        }

        @Test
        void submitting_without_pre_review_costs_the_no_prereview_penalty() {
            fixture.givenCommands(register())
                    .when(submit("2017-04-05T10:00"))
                    .expectEvents(new CaseFileSubmitted(FILE, CASE_NUMBER, UNIT, PRIMARY_OFFICER, 1,
                            LocalDate.of(2017, 4, 5), false,
                            List.of(new ProcessPenalty(ProcessPenaltyCode.NO_PREREVIEW, points("2"), 1)), points("2"),
                            null, LEGAL_OFFICER, at("2017-04-05T10:00")));
        }

        @Test
        void passing_the_deadline_unsubmitted_flags_the_file_with_the_missing_penalty_in_that_month() {
            fixture.givenCommands(register(), preReview("2017-03-20T09:00"))
                    .when(markOverdue("2017-04-11T00:00"))
                    .expectEvents(new SubmissionOverdue(FILE, CASE_NUMBER, UNIT, PRIMARY_OFFICER, List.of(CO_HANDLER),
                            SUBMISSION_DUE_ON, YearMonth.of(2017, 4), RULEBOOK,
                            List.of(new ProcessPenalty(ProcessPenaltyCode.MISSING, points("5"), 1)), points("5"),
                            points("95"), EvaluationEvent.SYSTEM_ACTOR, at("2017-04-11T00:00")));
        }

        @Test
        void late_submission_replaces_the_missing_penalty_with_the_late_penalty() {
            fixture.givenCommands(register(), preReview("2017-03-20T09:00"), markOverdue("2017-04-11T00:00"))
                    .when(submit("2017-04-20T10:00"))
                    .expectEvents(new CaseFileSubmitted(FILE, CASE_NUMBER, UNIT, PRIMARY_OFFICER, 1,
                            LocalDate.of(2017, 4, 20), true,
                            List.of(new ProcessPenalty(ProcessPenaltyCode.LATE, points("2"), 2)), points("2"),
                            YearMonth.of(2017, 4), LEGAL_OFFICER, at("2017-04-20T10:00")));
        }

        @Test
        void a_late_file_not_yet_marked_overdue_is_marked_as_of_its_deadline_month_when_submitted() {
            fixture.givenCommands(register())
                    .when(submit("2017-05-02T10:00"))
                    .expectEventsMatching(payloadsSatisfy(events -> {
                        assertThat(events).hasSize(2);
                        SubmissionOverdue overdue = (SubmissionOverdue) events.get(0);
                        assertThat(overdue.evaluationMonth()).isEqualTo(YearMonth.of(2017, 4));
                        CaseFileSubmitted submitted = (CaseFileSubmitted) events.get(1);
                        // due 2017-04-10, submitted 22 days late: 4 started weeks
                        assertThat(submitted.processPenalties()).containsExactly(
                                new ProcessPenalty(ProcessPenaltyCode.LATE, points("4"), 4),
                                new ProcessPenalty(ProcessPenaltyCode.NO_PREREVIEW, points("2"), 1));
                        assertThat(submitted.processDeduction()).isEqualTo(points("6"));
                        assertThat(submitted.evaluationMonth()).isEqualTo(YearMonth.of(2017, 4));
                    }));
        }

        @Test
        void marking_overdue_before_the_deadline_has_passed_changes_nothing() {
            fixture.givenCommands(register())
                    .when(markOverdue("2017-04-10T23:59"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void marking_overdue_a_second_time_changes_nothing() {
            fixture.givenCommands(register(), markOverdue("2017-04-11T00:00"))
                    .when(markOverdue("2017-04-11T00:05"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void marking_overdue_a_submitted_file_changes_nothing() {
            fixture.givenCommands(submittedOnTime())
                    .when(markOverdue("2017-04-11T00:00"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void process_penalties_add_to_the_total_outside_the_dimension_caps_and_do_not_classify() {
            fixture.givenCommands(register(), submit("2017-05-16T10:00"))
                    .when(review("2017-05-20T15:00"))
                    .expectEventsMatching(payloadsSatisfy(events -> {
                        EvaluationCard card = only(CaseFileReviewed.class, events).card();
                        assertThat(card.processPenalties()).extracting(ProcessPenalty::code, ProcessPenalty::points)
                                .containsExactly(tuple(ProcessPenaltyCode.LATE, points("5")),
                                        tuple(ProcessPenaltyCode.NO_PREREVIEW, points("2")));
                        assertThat(card.findingsDeduction()).isEqualTo(points("0"));
                        assertThat(card.processDeduction()).isEqualTo(points("7"));
                        assertThat(card.totalDeduction()).isEqualTo(points("7"));
                        assertThat(card.score()).isEqualTo(points("93"));
                        assertThat(card.classification()).isEqualTo(Classification.CLEAN);
                        assertThat(only(CaseFileClosed.class, events).overdueSubmission()).isTrue();
                    }));
        }

        @Test
        void a_dimension_at_its_cap_still_adds_the_process_penalties() {
            fixture.givenCommands(register(), submit("2017-04-05T10:00"))
                    .when(review("2017-04-20T15:00", finding("EV01"), finding("EV01"), finding("EV01"),
                            finding("EV01"), finding("EV01"), finding("EV01")))
                    .expectEventsMatching(payloadsSatisfy(events -> {
                        EvaluationCard card = only(CaseFileReviewed.class, events).card();
                        assertThat(card.findingsDeduction()).isEqualTo(points("25"));
                        assertThat(card.totalDeduction()).isEqualTo(points("27"));
                    }));
        }
    }

    // ---------------------------------------------------------------------------------------------

    @Nested
    class E4_round_one_review {

        @Test
        void a_card_names_rulebook_items_and_scores_100_minus_the_deductions() {
            EvaluationCard card = new EvaluationCard(1, RULEBOOK,
                    List.of(new Finding("R1-1", 1, "EV02", "EVIDENCE", points("2"), points("2"),
                                    FindingClass.NOT_STANDARDIZED, false, "见卷宗 EV02", null, false),
                            new Finding("R1-2", 1, "PR05", "PROCEDURE", points("5"), points("5"),
                                    FindingClass.NOT_STRICT, false, "见卷宗 PR05", null, false),
                            new Finding("R1-3", 1, "DO02", "DOCUMENTS", points("1"), points("1"),
                                    FindingClass.NOT_STANDARDIZED, false, "见卷宗 DO02", null, false)),
                    List.of(), dimensions("2", "0", "5", "0", "1", "0"), points("8"), points("0"), points("8"),
                    points("92"), Grade.EXCELLENT, Classification.NOT_STRICT, false);
            fixture.givenCommands(submittedOnTime())
                    .when(review("2017-04-20T15:00", finding("EV02"), finding("PR05"), finding("DO02")))
                    .expectEvents(new CaseFileReviewed(FILE, CASE_NUMBER, UNIT, PRIMARY_OFFICER, List.of(CO_HANDLER), 1,
                            LocalDate.of(2017, 4, 20), card, List.of(), List.of(), YearMonth.of(2017, 4),
                            LocalDate.of(2017, 5, 20), at("2017-05-21T00:00"), LocalDate.of(2017, 4, 23), REVIEWER,
                            at("2017-04-20T15:00")));
        }

        @Test
        void a_finding_may_deduct_less_than_its_item_maximum() {
            fixture.givenCommands(submittedOnTime())
                    .when(review("2017-04-20T15:00", finding("EV01", "2.5")))
                    .expectEventsMatching(payloadsSatisfy(events -> assertThat(
                            only(CaseFileReviewed.class, events).card().totalDeduction()).isEqualTo(points("2.5"))));
        }

        @Test
        void a_dimension_never_loses_more_than_its_weight() {
            fixture.givenCommands(submittedOnTime())
                    .when(review("2017-04-20T15:00", finding("EV01"), finding("EV01"), finding("EV01"),
                            finding("EV01"), finding("EV01"), finding("EV01"), finding("FI01")))
                    .expectEventsMatching(payloadsSatisfy(events -> {
                        EvaluationCard card = only(CaseFileReviewed.class, events).card();
                        assertThat(card.deductionByDimension().get(0))
                                .isEqualTo(new DimensionDeduction("EVIDENCE", points("25"), points("30"), points("25")));
                        assertThat(card.totalDeduction()).isEqualTo(points("26"));
                        assertThat(card.score()).isEqualTo(points("74"));
                        assertThat(card.grade()).isEqualTo(Grade.FAIL);
                    }));
        }

        @Test
        void a_veto_item_scores_zero_and_fails_the_file_whatever_else_the_card_holds() {
            fixture.givenCommands(submittedOnTime())
                    .when(review("2017-04-20T15:00", finding("FI03"), finding("V05")))
                    .expectEventsMatching(payloadsSatisfy(events -> {
                        EvaluationCard card = only(CaseFileReviewed.class, events).card();
                        assertThat(card.veto()).isTrue();
                        assertThat(card.totalDeduction()).isEqualTo(points("100"));
                        assertThat(card.score()).isEqualTo(points("0"));
                        assertThat(card.grade()).isEqualTo(Grade.FAIL);
                        assertThat(card.classification()).isEqualTo(Classification.NOT_STRICT);
                    }));
        }

        @Test
        void findings_of_form_only_classify_the_file_as_not_standardized() {
            fixture.givenCommands(submittedOnTime())
                    .when(review("2017-04-20T15:00", finding("DO01"), finding("FI02")))
                    .expectEventsMatching(payloadsSatisfy(events -> {
                        EvaluationCard card = only(CaseFileReviewed.class, events).card();
                        assertThat(card.classification()).isEqualTo(Classification.NOT_STANDARDIZED);
                        assertThat(card.grade()).isEqualTo(Grade.EXCELLENT);
                    }));
        }

        @Test
        void a_reviewer_may_not_review_a_file_of_his_own_unit() {
            fixture.givenCommands(submittedOnTime())
                    .when(ReviewCaseFile.roundOne(FILE, List.of(finding("EV02")), "officer-of-chengguan", UNIT,
                            at("2017-04-20T15:00")))
                    .expectException(domainError(RefusalKind.NOT_PERMITTED, ErrorCode.REVIEWER_OF_OWN_UNIT))
                    .expectNoEvents();
        }

        @Test
        void points_above_the_item_maximum_are_refused() {
            fixture.givenCommands(submittedOnTime())
                    .when(review("2017-04-20T15:00", finding("EV02", "3")))
                    .expectException(fieldError("findings[0].points", ErrorCode.POINTS_ABOVE_MAXIMUM))
                    .expectNoEvents();
        }

        @Test
        void negative_points_are_refused() {
            fixture.givenCommands(submittedOnTime())
                    .when(review("2017-04-20T15:00", finding("EV02", "-1")))
                    .expectException(fieldError("findings[0].points", ErrorCode.NEGATIVE_POINTS))
                    .expectNoEvents();
        }

        @Test
        void points_finer_than_a_tenth_are_refused() {
            fixture.givenCommands(submittedOnTime())
                    .when(review("2017-04-20T15:00", finding("EV01", "1.25")))
                    .expectException(fieldError("findings[0].points", ErrorCode.POINTS_TOO_PRECISE))
                    .expectNoEvents();
        }

        @Test
        void an_item_unknown_to_the_rulebook_is_refused() {
            fixture.givenCommands(submittedOnTime())
                    .when(review("2017-04-20T15:00", finding("EV02"), finding("ZZ01")))
                    .expectException(fieldError("findings[1].itemCode", ErrorCode.UNKNOWN_RULEBOOK_ITEM))
                    .expectNoEvents();
        }

        @Test
        void a_finding_without_the_note_its_item_requires_is_refused() {
            fixture.givenCommands(submittedOnTime())
                    .when(review("2017-04-20T15:00", new FindingInput("EV02", null, "  ")))
                    .expectException(fieldError("findings[0].note", ErrorCode.NOTE_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void an_item_is_recorded_once_per_card_unless_it_counts_each_occurrence() {
            fixture.givenCommands(submittedOnTime())
                    .when(review("2017-04-20T15:00", finding("DO02"), finding("DO02"), finding("EV02"), finding("EV02")))
                    .expectException(fieldError("findings[3].itemCode", ErrorCode.ITEM_ALREADY_RECORDED))
                    .expectNoEvents();
        }

        @Test
        void the_evaluation_month_is_the_month_of_the_round_one_review() {
            fixture.givenCommands(register(), preReview("2017-03-20T09:00"), submit("2017-04-05T10:00"))
                    .when(review("2017-05-02T10:00", finding("EV02")))
                    .expectEventsMatching(payloadsSatisfy(events -> assertThat(
                            only(CaseFileReviewed.class, events).evaluationMonth()).isEqualTo(YearMonth.of(2017, 5))));
        }

        @Test
        void the_evaluation_month_stays_the_month_the_submission_deadline_passed_unsubmitted() {
            fixture.givenCommands(register(), preReview("2017-03-20T09:00"), markOverdue("2017-04-11T00:00"),
                            submit("2017-05-20T10:00"))
                    .when(review("2017-06-02T10:00", finding("EV02")))
                    .expectEventsMatching(payloadsSatisfy(events -> {
                        CaseFileReviewed reviewed = only(CaseFileReviewed.class, events);
                        assertThat(reviewed.evaluationMonth()).isEqualTo(YearMonth.of(2017, 4));
                        assertThat(reviewed.card().totalDeduction()).isEqualTo(points("7"));
                    }));
        }

        @Test
        void a_review_before_submission_is_refused() {
            fixture.givenCommands(register(), preReview("2017-03-20T09:00"))
                    .when(review("2017-04-20T15:00", finding("EV02")))
                    .expectException(domainError(RefusalKind.STATE_CONFLICT, ErrorCode.CASE_FILE_NOT_SUBMITTED))
                    .expectNoEvents();
        }

        @Test
        void a_second_submission_is_refused() {
            fixture.givenCommands(submittedOnTime())
                    .when(submit("2017-04-06T10:00"))
                    .expectException(domainError(RefusalKind.STATE_CONFLICT, ErrorCode.CASE_FILE_ALREADY_SUBMITTED))
                    .expectNoEvents();
        }

        @Test
        void round_one_has_no_earlier_findings_to_mark() {
            fixture.givenCommands(submittedOnTime())
                    .when(reviewRoundTwo("2017-04-20T15:00", List.of("R1-1"), List.of(), finding("EV02")))
                    .expectException(fieldError("rectifiedFindingIds", ErrorCode.NOTHING_TO_MARK_IN_ROUND_ONE))
                    .expectNoEvents();
        }
    }

    // ---------------------------------------------------------------------------------------------

    @Nested
    class E5_rectification {

        @Test
        void round_one_without_findings_closes_the_evaluation() {
            EvaluationCard clean = new EvaluationCard(1, RULEBOOK, List.of(), List.of(),
                    dimensions("0", "0", "0", "0", "0", "0"), points("0"), points("0"), points("0"), points("100"),
                    Grade.EXCELLENT, Classification.CLEAN, false);
            fixture.givenCommands(submittedOnTime())
                    .when(review("2017-04-20T15:00"))
                    .expectEvents(
                            new CaseFileReviewed(FILE, CASE_NUMBER, UNIT, PRIMARY_OFFICER, List.of(CO_HANDLER), 1,
                                    LocalDate.of(2017, 4, 20), clean, List.of(), List.of(), YearMonth.of(2017, 4), null,
                                    null, LocalDate.of(2017, 4, 23), REVIEWER, at("2017-04-20T15:00")),
                            new CaseFileClosed(FILE, CASE_NUMBER, UNIT, PRIMARY_OFFICER, List.of(CO_HANDLER),
                                    ClosingReason.NO_FINDINGS_IN_ROUND_ONE, 1, points("0"), points("100"),
                                    Grade.EXCELLENT, Classification.CLEAN, YearMonth.of(2017, 4), false, false, REVIEWER,
                                    at("2017-04-20T15:00")))
                    .expectState(file -> assertThat(file.state()).isEqualTo(CaseFileState.CLOSED));
        }

        @Test
        void round_one_with_findings_requires_rectification_within_one_month_of_the_review() {
            fixture.givenCommands(submittedOnTime())
                    .when(review("2017-04-20T15:00", finding("CH01")))
                    .expectEventsMatching(payloadsSatisfy(events -> {
                        assertThat(events).hasSize(1);
                        CaseFileReviewed reviewed = only(CaseFileReviewed.class, events);
                        assertThat(reviewed.rectificationDueOn()).isEqualTo(LocalDate.of(2017, 5, 20));
                        assertThat(reviewed.rectificationOverdueAt()).isEqualTo(at("2017-05-21T00:00"));
                    }))
                    .expectState(file -> assertThat(file.state()).isEqualTo(CaseFileState.REVIEWED));
        }

        @Test
        void resubmission_on_the_rectification_due_date_opens_round_two() {
            fixture.givenCommands(reviewedWithThreeFindings())
                    .when(submit("2017-05-20T23:00"))
                    .expectEvents(new CaseFileSubmitted(FILE, CASE_NUMBER, UNIT, PRIMARY_OFFICER, 2,
                            LocalDate.of(2017, 5, 20), false, List.of(), points("0"), YearMonth.of(2017, 4),
                            LEGAL_OFFICER, at("2017-05-20T23:00")));
        }

        @Test
        void resubmission_after_the_rectification_deadline_is_refused() {
            fixture.givenCommands(reviewedWithThreeFindings())
                    .when(submit("2017-05-21T00:00"))
                    .expectException(domainError(RefusalKind.STATE_CONFLICT, ErrorCode.RECTIFICATION_DEADLINE_PASSED))
                    .expectNoEvents();
        }

        @Test
        void a_reviewed_file_is_not_reviewed_again_before_resubmission() {
            fixture.givenCommands(reviewedWithThreeFindings())
                    .when(review("2017-04-21T15:00", finding("EV02")))
                    .expectException(domainError(RefusalKind.STATE_CONFLICT, ErrorCode.CASE_FILE_NOT_RESUBMITTED))
                    .expectNoEvents();
        }

        @Test
        void a_file_closed_after_a_clean_round_one_has_no_round_two() {
            fixture.givenCommands(append(submittedOnTime(), review("2017-04-20T15:00")))
                    .when(submit("2017-04-25T10:00"))
                    .expectException(domainError(RefusalKind.STATE_CONFLICT, ErrorCode.CASE_FILE_CLOSED))
                    .expectNoEvents();
        }
    }

    // ---------------------------------------------------------------------------------------------

    @Nested
    class E6_round_two {

        @Test
        void an_unrectified_finding_counts_double_a_rectified_one_keeps_its_points_and_new_ones_count_once() {
            fixture.givenCommands(resubmittedWithThreeFindings())
                    .when(reviewRoundTwo("2017-05-25T10:00", List.of("R1-3", "R1-1"), List.of("R1-2"), finding("FI03")))
                    .expectEventsMatching(payloadsSatisfy(events -> {
                        assertThat(events).hasSize(2);
                        CaseFileReviewed reviewed = (CaseFileReviewed) events.get(0);
                        assertThat(reviewed.round()).isEqualTo(2);
                        assertThat(reviewed.rectifiedFindingIds()).containsExactly("R1-1", "R1-3");
                        assertThat(reviewed.unrectifiedFindingIds()).containsExactly("R1-2");
                        assertThat(reviewed.rectificationDueOn()).isNull();
                        EvaluationCard card = reviewed.card();
                        assertThat(card.round()).isEqualTo(2);
                        assertThat(card.findings()).extracting(Finding::findingId, Finding::rectification,
                                        Finding::points, Finding::countedPoints)
                                .containsExactly(
                                        tuple("R1-1", Rectification.RECTIFIED, points("2"), points("2")),
                                        tuple("R1-2", Rectification.UNRECTIFIED, points("5"), points("10")),
                                        tuple("R1-3", Rectification.RECTIFIED, points("1"), points("1")),
                                        tuple("R2-1", null, points("1"), points("1")));
                        assertThat(card.deductionByDimension()).isEqualTo(dimensions("2", "0", "10", "0", "1", "1"));
                        assertThat(card.totalDeduction()).isEqualTo(points("14"));
                        assertThat(card.score()).isEqualTo(points("86"));
                        assertThat(card.grade()).isEqualTo(Grade.PASS);
                        assertThat(card.classification()).isEqualTo(Classification.NOT_STRICT);
                        assertThat(reviewed.evaluationMonth()).isEqualTo(YearMonth.of(2017, 4));
                        assertThat(events.get(1)).isEqualTo(new CaseFileClosed(FILE, CASE_NUMBER, UNIT,
                                PRIMARY_OFFICER, List.of(CO_HANDLER), ClosingReason.ROUND_TWO_REVIEWED, 2, points("14"),
                                points("86"), Grade.PASS, Classification.NOT_STRICT, YearMonth.of(2017, 4), false,
                                false, REVIEWER, at("2017-05-25T10:00")));
                    }));
        }

        @Test
        void every_round_one_finding_must_be_marked_rectified_or_unrectified() {
            fixture.givenCommands(resubmittedWithThreeFindings())
                    .when(reviewRoundTwo("2017-05-25T10:00", List.of("R1-1"), List.of()))
                    .expectException(fieldError("rectifiedFindingIds", ErrorCode.FINDING_NOT_MARKED))
                    .expectNoEvents();
        }

        @Test
        void a_finding_cannot_be_both_rectified_and_unrectified() {
            fixture.givenCommands(resubmittedWithThreeFindings())
                    .when(reviewRoundTwo("2017-05-25T10:00", List.of("R1-1", "R1-2", "R1-3"), List.of("R1-1")))
                    .expectException(fieldError("unrectifiedFindingIds", ErrorCode.FINDING_MARKED_TWICE))
                    .expectNoEvents();
        }

        @Test
        void only_round_one_findings_can_be_marked() {
            fixture.givenCommands(resubmittedWithThreeFindings())
                    .when(reviewRoundTwo("2017-05-25T10:00", List.of("R1-1", "R1-2", "R1-3", "R1-9"), List.of()))
                    .expectException(fieldError("rectifiedFindingIds", ErrorCode.UNKNOWN_FINDING))
                    .expectNoEvents();
        }

        @Test
        void a_new_finding_may_not_repeat_a_round_one_item_that_counts_once() {
            fixture.givenCommands(resubmittedWithThreeFindings())
                    .when(reviewRoundTwo("2017-05-25T10:00", List.of("R1-1", "R1-3"), List.of("R1-2"), finding("EV02")))
                    .expectException(fieldError("findings[0].itemCode", ErrorCode.ITEM_ALREADY_RECORDED))
                    .expectNoEvents();
        }

        @Test
        void the_rectification_deadline_passing_counts_every_round_one_finding_unrectified_flags_and_closes() {
            fixture.givenCommands(reviewedWithThreeFindings())
                    .when(expireRectification("2017-05-21T00:00"))
                    .expectEventsMatching(payloadsSatisfy(events -> {
                        assertThat(events).hasSize(2);
                        RectificationOverdue overdue = (RectificationOverdue) events.get(0);
                        assertThat(overdue.unrectifiedFindingIds()).containsExactly("R1-1", "R1-2", "R1-3");
                        assertThat(overdue.rectificationDueOn()).isEqualTo(LocalDate.of(2017, 5, 20));
                        assertThat(overdue.card().findings()).extracting(Finding::rectification, Finding::countedPoints)
                                .containsExactly(tuple(Rectification.UNRECTIFIED, points("4")),
                                        tuple(Rectification.UNRECTIFIED, points("10")),
                                        tuple(Rectification.UNRECTIFIED, points("2")));
                        assertThat(overdue.card().totalDeduction()).isEqualTo(points("16"));
                        assertThat(overdue.evaluationMonth()).isEqualTo(YearMonth.of(2017, 4));
                        assertThat(overdue.actorId()).isEqualTo(EvaluationEvent.SYSTEM_ACTOR);
                        assertThat(events.get(1)).isEqualTo(new CaseFileClosed(FILE, CASE_NUMBER, UNIT,
                                PRIMARY_OFFICER, List.of(CO_HANDLER), ClosingReason.RECTIFICATION_OVERDUE, 2,
                                points("16"), points("84"), Grade.PASS, Classification.NOT_STRICT,
                                YearMonth.of(2017, 4), false, true, EvaluationEvent.SYSTEM_ACTOR,
                                at("2017-05-21T00:00")));
                    }));
        }

        @Test
        void expiring_rectification_before_its_deadline_changes_nothing() {
            fixture.givenCommands(reviewedWithThreeFindings())
                    .when(expireRectification("2017-05-20T23:59"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void expiring_rectification_a_second_time_changes_nothing() {
            fixture.givenCommands(append(reviewedWithThreeFindings(), expireRectification("2017-05-21T00:00")))
                    .when(expireRectification("2017-05-21T00:01"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void expiring_rectification_of_a_resubmitted_file_changes_nothing() {
            fixture.givenCommands(resubmittedWithThreeFindings())
                    .when(expireRectification("2017-05-21T00:00"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void a_closed_file_is_not_reviewed_again() {
            fixture.givenCommands(append(resubmittedWithThreeFindings(),
                            reviewRoundTwo("2017-05-25T10:00", List.of("R1-1", "R1-2", "R1-3"), List.of())))
                    .when(reviewRoundTwo("2017-05-26T10:00", List.of("R1-1", "R1-2", "R1-3"), List.of()))
                    .expectException(domainError(RefusalKind.STATE_CONFLICT, ErrorCode.CASE_FILE_CLOSED))
                    .expectNoEvents();
        }
    }

    // ---------------------------------------------------------------------------------------------

    @Nested
    class E7_rulebook_versions {

        private final Rulebook april = Rulebook.of(TestRulebooks.variant("v2017-04", LocalDate.of(2017, 4, 1), 10));

        @Test
        void a_file_is_scored_under_the_version_in_force_on_its_closing_date() {
            rulebooks.add(april);
            fixture.givenNoPriorActivity()
                    .when(register(LocalDate.of(2017, 2, 1), at("2017-04-20T10:00")))
                    .expectEventsMatching(payloadsSatisfy(events -> {
                        assertThat(only(CaseFileRegistered.class, events).rulebookVersion()).isEqualTo(RULEBOOK);
                        assertThat(only(SubmissionOverdue.class, events).processPenalties())
                                .containsExactly(new ProcessPenalty(ProcessPenaltyCode.MISSING, points("5"), 1));
                    }));
        }

        @Test
        void a_file_closed_from_a_new_version_s_effective_date_is_scored_under_it() {
            rulebooks.add(april);
            fixture.givenCommands(register(LocalDate.of(2017, 4, 1), at("2017-04-02T10:00")))
                    .when(markOverdue("2017-05-02T00:00"))
                    .expectEventsMatching(payloadsSatisfy(events -> {
                        SubmissionOverdue overdue = only(SubmissionOverdue.class, events);
                        assertThat(overdue.rulebookVersion()).isEqualTo("v2017-04");
                        assertThat(overdue.totalDeduction()).isEqualTo(points("10"));
                    }));
        }

        @Test
        void a_version_published_later_never_changes_a_registered_file() {
            TestExecutor<CaseFile> registeredUnderTheDefault = fixture.givenCommands(register());
            rulebooks.add(Rulebook.of(TestRulebooks.variant("v2017-01-late", LocalDate.of(2017, 1, 1), 10)));
            registeredUnderTheDefault
                    .when(markOverdue("2017-04-11T00:00"))
                    .expectEventsMatching(payloadsSatisfy(events -> {
                        SubmissionOverdue overdue = only(SubmissionOverdue.class, events);
                        assertThat(overdue.rulebookVersion()).isEqualTo(RULEBOOK);
                        assertThat(overdue.totalDeduction()).isEqualTo(points("5"));
                    }));
        }

        @Test
        void a_file_closed_before_the_first_version_cannot_be_registered() {
            fixture.givenNoPriorActivity()
                    .when(register(LocalDate.of(2015, 12, 31), at("2017-03-12T10:00")))
                    .expectException(fieldError("closedOn", ErrorCode.NO_RULEBOOK_IN_FORCE))
                    .expectNoEvents();
        }

        @Test
        void a_file_whose_version_is_not_in_the_catalog_cannot_be_handled_yet() {
            fixture.given(new CaseFileRegistered(FILE, CASE_NUMBER, CaseKind.OTHER, UNIT, PRIMARY_OFFICER, List.of(),
                            CLOSED_ON, "not-yet-loaded", SUBMISSION_DUE_ON, at("2017-04-11T00:00"), LEGAL_OFFICER,
                            at("2017-03-12T10:00")))
                    .when(new SubmitCaseFile(FILE, LEGAL_OFFICER, at("2017-04-05T10:00")))
                    .expectException(domainError(RefusalKind.UNAVAILABLE,
                            ErrorCode.RULEBOOK_VERSION_UNAVAILABLE))
                    .expectNoEvents();
        }
    }

    // ---------------------------------------------------------------------------------------------

    @Nested
    class E9_objections {

        @Test
        void the_primary_officer_may_object_within_three_days_of_the_card() {
            fixture.givenCommands(reviewedWithThreeFindings())
                    .when(object(PRIMARY_OFFICER, "2017-04-23T20:00"))
                    .expectEvents(new ObjectionRaised(FILE, CASE_NUMBER, UNIT, PRIMARY_OFFICER, 1, "笔录有签名，见第12页",
                            LocalDate.of(2017, 4, 26), PRIMARY_OFFICER, at("2017-04-23T20:00")));
        }

        @Test
        void a_co_handler_may_object_too() {
            fixture.givenCommands(reviewedWithThreeFindings())
                    .when(object(CO_HANDLER, "2017-04-21T09:00"))
                    .expectEventsMatching(payloadsSatisfy(events ->
                            assertThat(only(ObjectionRaised.class, events).actorId()).isEqualTo(CO_HANDLER)));
        }

        @Test
        void an_objection_after_the_objection_period_is_refused() {
            fixture.givenCommands(reviewedWithThreeFindings())
                    .when(object(PRIMARY_OFFICER, "2017-04-24T00:00"))
                    .expectException(domainError(RefusalKind.STATE_CONFLICT, ErrorCode.OBJECTION_PERIOD_OVER))
                    .expectNoEvents();
        }

        @Test
        void only_an_officer_of_the_file_may_object() {
            fixture.givenCommands(reviewedWithThreeFindings())
                    .when(object(LEGAL_OFFICER, "2017-04-21T09:00"))
                    .expectException(domainError(RefusalKind.NOT_PERMITTED,
                            ErrorCode.OBJECTION_NOT_BY_HANDLING_OFFICER))
                    .expectNoEvents();
        }

        @Test
        void there_is_nothing_to_object_to_before_a_card() {
            fixture.givenCommands(submittedOnTime())
                    .when(object(PRIMARY_OFFICER, "2017-04-06T09:00"))
                    .expectException(domainError(RefusalKind.STATE_CONFLICT, ErrorCode.CASE_FILE_NOT_REVIEWED))
                    .expectNoEvents();
        }

        @Test
        void a_card_is_objected_to_once() {
            fixture.givenCommands(append(reviewedWithThreeFindings(), object(PRIMARY_OFFICER, "2017-04-21T09:00"),
                            reject("2017-04-22T09:00")))
                    .when(object(CO_HANDLER, "2017-04-23T09:00"))
                    .expectException(domainError(RefusalKind.STATE_CONFLICT, ErrorCode.OBJECTION_ALREADY_RAISED))
                    .expectNoEvents();
        }

        @Test
        void an_upheld_objection_withdraws_the_named_findings_and_recomputes_the_card() {
            fixture.givenCommands(append(reviewedWithThreeFindings(), object(PRIMARY_OFFICER, "2017-04-21T09:00")))
                    .when(uphold("2017-04-22T09:00", "R1-1"))
                    .expectEventsMatching(payloadsSatisfy(events -> {
                        assertThat(events).hasSize(1);
                        ObjectionDecided decided = only(ObjectionDecided.class, events);
                        assertThat(decided.decision()).isEqualTo(ObjectionDecision.UPHELD);
                        assertThat(decided.cardRound()).isEqualTo(1);
                        assertThat(decided.withdrawnFindingIds()).containsExactly("R1-1");
                        assertThat(decided.card().findings()).extracting(Finding::findingId, Finding::withdrawn,
                                        Finding::countedPoints)
                                .containsExactly(tuple("R1-1", true, points("0")), tuple("R1-2", false, points("5")),
                                        tuple("R1-3", false, points("1")));
                        assertThat(decided.card().totalDeduction()).isEqualTo(points("6"));
                        assertThat(decided.card().score()).isEqualTo(points("94"));
                        assertThat(decided.evaluationMonth()).isEqualTo(YearMonth.of(2017, 4));
                    }));
        }

        @Test
        void a_withdrawn_finding_is_not_marked_in_round_two() {
            fixture.givenCommands(append(reviewedWithThreeFindings(), object(PRIMARY_OFFICER, "2017-04-21T09:00"),
                            uphold("2017-04-22T09:00", "R1-2"), submit("2017-05-15T10:00")))
                    .when(reviewRoundTwo("2017-05-25T10:00", List.of("R1-1"), List.of("R1-3")))
                    .expectEventsMatching(payloadsSatisfy(events -> {
                        EvaluationCard card = only(CaseFileReviewed.class, events).card();
                        assertThat(card.findings()).extracting(Finding::findingId, Finding::withdrawn,
                                        Finding::countedPoints)
                                .containsExactly(tuple("R1-1", false, points("2")), tuple("R1-2", true, points("0")),
                                        tuple("R1-3", false, points("2")));
                        assertThat(card.totalDeduction()).isEqualTo(points("4"));
                        assertThat(card.classification()).isEqualTo(Classification.NOT_STANDARDIZED);
                    }));
        }

        @Test
        void an_upheld_objection_that_withdraws_every_round_one_finding_closes_the_evaluation() {
            fixture.givenCommands(register(), preReview("2017-03-20T09:00"), submit("2017-04-05T10:00"),
                            review("2017-04-20T15:00", finding("EV02")), object(PRIMARY_OFFICER, "2017-04-21T09:00"))
                    .when(uphold("2017-04-22T09:00", "R1-1"))
                    .expectEventsMatching(payloadsSatisfy(events -> {
                        assertThat(events).hasSize(2);
                        assertThat(only(ObjectionDecided.class, events).card().classification())
                                .isEqualTo(Classification.CLEAN);
                        CaseFileClosed closed = only(CaseFileClosed.class, events);
                        assertThat(closed.reason()).isEqualTo(ClosingReason.ALL_FINDINGS_WITHDRAWN);
                        assertThat(closed.score()).isEqualTo(points("100"));
                    }))
                    .expectState(file -> assertThat(file.state()).isEqualTo(CaseFileState.CLOSED));
        }

        @Test
        void a_rejected_objection_keeps_the_card() {
            fixture.givenCommands(append(reviewedWithThreeFindings(), object(PRIMARY_OFFICER, "2017-04-21T09:00")))
                    .when(reject("2017-04-22T09:00"))
                    .expectEventsMatching(payloadsSatisfy(events -> {
                        ObjectionDecided decided = only(ObjectionDecided.class, events);
                        assertThat(decided.decision()).isEqualTo(ObjectionDecision.REJECTED);
                        assertThat(decided.withdrawnFindingIds()).isEmpty();
                        assertThat(decided.card().totalDeduction()).isEqualTo(points("8"));
                    }));
        }

        @Test
        void an_objection_to_the_round_two_card_may_withdraw_a_new_finding() {
            fixture.givenCommands(append(resubmittedWithThreeFindings(),
                            reviewRoundTwo("2017-05-25T10:00", List.of("R1-1", "R1-3"), List.of("R1-2"), finding("FI03")),
                            object(PRIMARY_OFFICER, "2017-05-26T09:00")))
                    .when(uphold("2017-05-27T09:00", "R2-1"))
                    .expectEventsMatching(payloadsSatisfy(events -> {
                        assertThat(events).hasSize(1);
                        ObjectionDecided decided = only(ObjectionDecided.class, events);
                        assertThat(decided.cardRound()).isEqualTo(2);
                        assertThat(decided.card().totalDeduction()).isEqualTo(points("13"));
                    }));
        }

        @Test
        void an_upheld_objection_must_name_findings_of_the_card() {
            fixture.givenCommands(append(reviewedWithThreeFindings(), object(PRIMARY_OFFICER, "2017-04-21T09:00")))
                    .when(uphold("2017-04-22T09:00", "R1-7"))
                    .expectException(fieldError("withdrawnFindingIds", ErrorCode.UNKNOWN_FINDING))
                    .expectNoEvents();
        }

        @Test
        void an_upheld_objection_withdraws_at_least_one_finding() {
            fixture.givenCommands(append(reviewedWithThreeFindings(), object(PRIMARY_OFFICER, "2017-04-21T09:00")))
                    .when(uphold("2017-04-22T09:00"))
                    .expectException(fieldError("withdrawnFindingIds", ErrorCode.WITHDRAWAL_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void there_is_no_decision_without_a_pending_objection() {
            fixture.givenCommands(reviewedWithThreeFindings())
                    .when(reject("2017-04-22T09:00"))
                    .expectException(domainError(RefusalKind.STATE_CONFLICT, ErrorCode.NO_PENDING_OBJECTION))
                    .expectNoEvents();
        }

        @Test
        void a_reviewer_of_the_file_s_unit_may_not_decide_its_objection() {
            fixture.givenCommands(append(reviewedWithThreeFindings(), object(PRIMARY_OFFICER, "2017-04-21T09:00")))
                    .when(new DecideObjection(FILE, ObjectionDecision.REJECTED,
                            List.of(), "", "officer-of-chengguan", UNIT, at("2017-04-22T09:00")))
                    .expectException(domainError(RefusalKind.NOT_PERMITTED, ErrorCode.REVIEWER_OF_OWN_UNIT))
                    .expectNoEvents();
        }
    }
}
