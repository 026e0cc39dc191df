package cn.kaoping.publicity;

import static cn.kaoping.publicity.support.Api.decimal;
import static cn.kaoping.publicity.support.Api.officer;
import static cn.kaoping.publicity.support.Api.unit;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kaoping.contracts.EventEnvelope;
import cn.kaoping.contracts.evaluation.ClosingReason;
import cn.kaoping.contracts.evaluation.EvaluationCard;
import cn.kaoping.contracts.evaluation.ProcessPenaltyCode;
import cn.kaoping.runtime.db.Db;
import cn.kaoping.contracts.evaluation.EvaluationEvent;
import cn.kaoping.contracts.evaluation.OfficerRegistered;
import cn.kaoping.contracts.evaluation.UnitRegistered;
import cn.kaoping.runtime.projection.EnvelopeProjection;
import cn.kaoping.testkit.ProjectionHarness;
import cn.kaoping.publicity.support.Api;
import cn.kaoping.fixtures.EventFeed;
import cn.kaoping.fixtures.EvaluationEvents;
import cn.kaoping.fixtures.EvaluationEvents.File;
import cn.kaoping.publicity.support.TestMonths;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * P1, P2 rules of the projection: evaluation events straight into it ({@link ProjectionHarness}, no broker) →
 * monthly lists over REST, with figures computed by hand, the evaluation-month rules of PROCESS.md, and
 * redelivery. The plumbing through the real broker is {@link ProjectionOperationsTest}'s.
 */
@QuarkusTest
class MonthlyListProjectionTest {

    @Inject
    Db db;

    @Inject
    EnvelopeProjection projection;

    ProjectionHarness harness;

    final EventFeed feed = EventFeed.shared();

    @BeforeEach
    void harness() {
        harness = new ProjectionHarness(db, projection);
    }

    /**
     * Applies the events at once. Units and officers also go to the broker (the same envelopes, so the consumer
     * skips them): a rebuild, which replays the topic, must find them there, since other tests compare the
     * directory before and after one.
     */
    List<EventEnvelope> play(EvaluationEvent... events) {
        List<EventEnvelope> envelopes = java.util.Arrays.stream(events).map(EventFeed::envelope).toList();
        for (int i = 0; i < events.length; i++) {
            harness.apply(envelopes.get(i));
            if (events[i] instanceof UnitRegistered || events[i] instanceof OfficerRegistered) {
                feed.sendEnvelope(envelopes.get(i));
            }
        }
        return envelopes;
    }

    @Test
    void officers_and_units_get_the_hand_computed_averages_and_red_cards() {
        YearMonth month = TestMonths.fresh(2);
        String u1 = EvaluationEvents.id("u1"), u2 = EvaluationEvents.id("u2");
        String a = EvaluationEvents.id("a"), b = EvaluationEvents.id("b"), c = EvaluationEvents.id("c"), d = EvaluationEvents.id("d");
        File f1 = File.of(u1, a, c), f2 = File.of(u1, a), f3 = File.of(u1, a), f4 = File.of(u1, b), f5 = File.of(u1, b);
        File f6 = File.of(u2, c), f7 = File.of(u2, d);
        EvaluationCard f7RoundOne = EvaluationEvents.cardOf(1, "4.0");
        play(EvaluationEvents.unit(u1, "CG", "城关派出所"), EvaluationEvents.unit(u2, "JJ", "交警大队"),
                EvaluationEvents.officer(a, "010001", "张三", u1), EvaluationEvents.officer(b, "010002", "李四", u1),
                EvaluationEvents.officer(c, "020001", "王五", u2), EvaluationEvents.officer(d, "020002", "赵六", u2),
                EvaluationEvents.registered(f1, month.minusMonths(1).atDay(3)),
                EvaluationEvents.reviewed(f1, month, "5.0"),
                EvaluationEvents.reviewed(f2, month, "0"),
                EvaluationEvents.closed(f2, month, month.atDay(5), EvaluationEvents.cardOf(1, "0"), ClosingReason.NO_FINDINGS_IN_ROUND_ONE),
                EvaluationEvents.reviewed(f3, month, "4.0"),
                EvaluationEvents.reviewed(f4, month, "3.5"),
                EvaluationEvents.reviewed(f5, month, "3.0"),
                EvaluationEvents.reviewed(f6, month, "10.0"),
                // f7: round one 4.0 in the month; round two, reviewed next month, counts in the same month with 2.0
                EvaluationEvents.reviewed(f7, 1, month, month.atDay(6), f7RoundOne),
                EvaluationEvents.reviewed(f7, 2, month, month.plusMonths(1).atDay(10), EvaluationEvents.cardOf(2, "2.0")));

        JsonPath list = Api.liveList(month);
        assertThat(list.getString("status")).isEqualTo("LIVE");
        assertThat(list.getInt("total")).isEqualTo(4);
        assertOfficer(list, a, "张三", 3, "9.00", "3.00", 2, false); // 9.0 / 3 = 3.00: not strictly above 3.0
        assertOfficer(list, b, "李四", 2, "6.50", "3.25", 2, true);  // 6.5 / 2
        assertOfficer(list, c, "王五", 1, "10.00", "10.00", 1, true); // co-handler of f1: not counted by default
        assertOfficer(list, d, "赵六", 1, "2.00", "2.00", 1, false);  // round two replaced 4.0
        assertThat(list.getList("officers.officerId")).containsExactly(c, b, a, d);

        Map<String, Object> unit1 = unit(list, u1);
        assertThat(unit1.get("unitName")).isEqualTo("城关派出所");
        assertThat(unit1.get("filesEvaluated")).isEqualTo(5);
        assertThat(decimal(unit1.get("totalDeduction"))).isEqualByComparingTo("15.5");
        assertThat(decimal(unit1.get("averageDeduction"))).isEqualByComparingTo("3.10");
        assertThat(unit1.get("problemFiles")).isEqualTo(4);
        assertThat(unit1.get("redCardOfficers")).isEqualTo(1);
        Map<String, Object> unit2 = unit(list, u2);
        assertThat(unit2.get("filesEvaluated")).isEqualTo(2);
        assertThat(decimal(unit2.get("averageDeduction"))).isEqualByComparingTo("6.00"); // (10.0 + 2.0) / 2

        assertThat(list.getInt("summary.filesEvaluated")).isEqualTo(7);
        assertThat(decimal(list.get("summary.totalDeduction"))).isEqualByComparingTo("27.5");
        assertThat(decimal(list.get("summary.averageDeduction"))).isEqualByComparingTo("3.93"); // 27.5 / 7 = 3.928…
        assertThat(list.getInt("summary.redCards")).isEqualTo(2);

        assertThat(Api.liveList(month.plusMonths(1)).getList("officers"))
                .as("the round-two review of next month does not move the file").isEmpty();
    }

    @Test
    void an_overdue_file_counts_in_the_month_its_deadline_passed_and_keeps_that_month() {
        YearMonth month = TestMonths.fresh(2);
        String unitId = EvaluationEvents.id("u"), e = EvaluationEvents.id("e");
        File f8 = File.of(unitId, e);
        play(EvaluationEvents.unit(unitId, "XQ", "西区派出所"), EvaluationEvents.officer(e, "030001", "钱七", unitId),
                EvaluationEvents.registered(f8, month.minusMonths(1).atDay(10)),
                EvaluationEvents.submissionOverdue(f8, month, month.atDay(10), "5.0"));
        assertOfficer(Api.liveList(month), e, "钱七", 1, "5.00", "5.00", 1, true); // MISSING counts

        // Submitted late next month: LATE (2.0) replaces MISSING, still in the month of the deadline.
        play(EvaluationEvents.submitted(f8, 1, month.plusMonths(1).atDay(2), true, month,
                EvaluationEvents.penalty(ProcessPenaltyCode.LATE, "2.0")));
        assertOfficer(Api.liveList(month), e, "钱七", 1, "2.00", "2.00", 1, false);

        // Reviewed next month: the card (2.0 LATE + 1.5 finding) counts, in the month of the deadline.
        EvaluationCard card = EvaluationEvents.card(1, EvaluationEvents.RULEBOOK, List.of(EvaluationEvents.finding("R1-1", "DOC-02", "1.5")),
                List.of(EvaluationEvents.penalty(ProcessPenaltyCode.LATE, "2.0")));
        play(EvaluationEvents.reviewed(f8, 1, month, month.plusMonths(1).atDay(20), card));
        assertOfficer(Api.liveList(month), e, "钱七", 1, "3.50", "3.50", 1, true);
        assertThat(Api.liveList(month.plusMonths(1)).getList("officers")).isEmpty();
    }

    @Test
    void process_penalties_count_and_an_upheld_objection_replaces_the_deduction() {
        YearMonth month = TestMonths.fresh();
        String unitId = EvaluationEvents.id("u"), f = EvaluationEvents.id("f"), g = EvaluationEvents.id("g");
        File noPreReview = File.of(unitId, f);
        File objected = File.of(unitId, g);
        EvaluationCard objectedCard = EvaluationEvents.cardOf(1, "6.0");
        play(EvaluationEvents.unit(unitId, "DQ", "东区派出所"), EvaluationEvents.officer(f, "040001", "孙八", unitId),
                EvaluationEvents.officer(g, "040002", "周九", unitId),
                EvaluationEvents.reviewed(noPreReview, 1, month, month.atDay(4), EvaluationEvents.card(1, EvaluationEvents.RULEBOOK, List.of(),
                        List.of(EvaluationEvents.penalty(ProcessPenaltyCode.NO_PREREVIEW, "1.0")))),
                EvaluationEvents.reviewed(objected, 1, month, month.atDay(4), objectedCard));
        JsonPath before = Api.liveList(month);
        assertOfficer(before, f, "孙八", 1, "1.00", "1.00", 1, false); // a clean card with a process penalty
        assertOfficer(before, g, "周九", 1, "6.00", "6.00", 1, true);

        play(EvaluationEvents.objectionRaised(objected, month.atDay(6)),
                EvaluationEvents.objectionUpheld(objected, month, month.atDay(9), objectedCard));
        assertOfficer(Api.liveList(month), g, "周九", 1, "0.00", "0.00", 0, false);
    }

    @Test
    void a_redelivered_record_changes_nothing() {
        YearMonth month = TestMonths.fresh(2);
        String unitId = EvaluationEvents.id("u"), h = EvaluationEvents.id("h");
        File file = File.of(unitId, h);
        EventEnvelope roundOne = EventFeed.envelope(EvaluationEvents.reviewed(file, 1, month, month.atDay(3),
                EvaluationEvents.cardOf(1, "4.0")));
        EventEnvelope roundTwo = EventFeed.envelope(EvaluationEvents.reviewed(file, 2, month, month.plusMonths(1).atDay(8),
                EvaluationEvents.cardOf(2, "6.0")));
        play(EvaluationEvents.unit(unitId, "NQ", "南区派出所"), EvaluationEvents.officer(h, "050001", "吴十", unitId));

        harness.apply(roundOne, roundOne); // redelivered at once
        assertOfficer(Api.liveList(month), h, "吴十", 1, "4.00", "4.00", 1, true);

        harness.apply(roundTwo, roundOne, roundTwo); // an old record delivered again after a newer one
        JsonPath afterRedelivery = Api.liveList(month);
        assertOfficer(afterRedelivery, h, "吴十", 1, "6.00", "6.00", 1, true);
        assertThat(decimal(unit(afterRedelivery, unitId).get("totalDeduction"))).isEqualByComparingTo("6.0");
        long rows = db.withHandle(handle -> handle.createQuery("SELECT count(*) FROM applied_event WHERE subject = :file")
                .bind("file", file.id()).mapTo(Long.class).one());
        assertThat(rows).as("each event applied once").isEqualTo(2);
    }

    @Test
    void red_card_thresholds_come_from_the_rulebook_in_force_for_the_month() {
        YearMonth month = TestMonths.fresh(1);
        String unitId = EvaluationEvents.id("u");
        String i = EvaluationEvents.id("i"), j = EvaluationEvents.id("j"), k = EvaluationEvents.id("k");
        // This month: above 5.0 with at least 2 files; from next month on, the usual 3.0 and 1 again.
        play(EvaluationEvents.rulebook(EvaluationEvents.id("strict"), month.atDay(1), "5.0", 2),
                EvaluationEvents.rulebook(EvaluationEvents.id("usual"), month.plusMonths(1).atDay(1), "3.0", 1),
                EvaluationEvents.unit(unitId, "BQ", "北区派出所"),
                EvaluationEvents.officer(i, "060001", "郑一", unitId), EvaluationEvents.officer(j, "060002", "冯二", unitId),
                EvaluationEvents.officer(k, "060003", "陈三", unitId),
                EvaluationEvents.reviewed(File.of(unitId, i), month, "6.0"),
                EvaluationEvents.reviewed(File.of(unitId, j), month, "5.0"), EvaluationEvents.reviewed(File.of(unitId, j), month, "5.2"),
                EvaluationEvents.reviewed(File.of(unitId, k), month, "4.0"), EvaluationEvents.reviewed(File.of(unitId, k), month, "4.0"));
        JsonPath list = Api.liveList(month);
        assertThat(list.getString("redCardRule.source")).isEqualTo("RULEBOOK");
        assertThat(decimal(list.get("redCardRule.averageAbove"))).isEqualByComparingTo("5.0");
        assertThat(list.getInt("redCardRule.minimumFiles")).isEqualTo(2);
        assertOfficer(list, i, "郑一", 1, "6.00", "6.00", 1, false); // one file: fewer than two
        assertOfficer(list, j, "冯二", 2, "10.20", "5.10", 2, true);
        assertOfficer(list, k, "陈三", 2, "8.00", "4.00", 2, false); // red under 3.0, not under 5.0
    }

    static void assertOfficer(JsonPath list, String officerId, String name, int files, String total, String average,
                              int problemFiles, boolean redCard) {
        Map<String, Object> officer = officer(list, officerId);
        assertThat(officer).as("officer %s in %s", name, list.getString("month")).isNotNull();
        assertThat(officer.get("officerName")).isEqualTo(name);
        assertThat(officer.get("filesEvaluated")).as("files of %s", name).isEqualTo(files);
        assertThat(decimal(officer.get("totalDeduction"))).as("total of %s", name).isEqualByComparingTo(new BigDecimal(total));
        assertThat(decimal(officer.get("averageDeduction"))).as("average of %s", name)
                .isEqualByComparingTo(new BigDecimal(average));
        assertThat(officer.get("problemFiles")).as("problem files of %s", name).isEqualTo(problemFiles);
        assertThat(officer.get("redCard")).as("red card of %s", name).isEqualTo(redCard);
    }
}
