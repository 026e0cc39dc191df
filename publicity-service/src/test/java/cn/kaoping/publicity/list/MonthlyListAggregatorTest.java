package cn.kaoping.publicity.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** P1, P2 arithmetic on hand-computed figures (no infrastructure: the aggregation is pure). */
class MonthlyListAggregatorTest {

    static final YearMonth MAY = YearMonth.of(2017, 5);
    static final RedCardRule DEFAULT_RULE = new RedCardRule(new BigDecimal("3.0"), 1, RedCardRule.FROM_CONFIG);
    static final Map<String, OfficerInfo> OFFICERS = Map.of(
            "a", new OfficerInfo("a", "001", "张三", "u1"),
            "b", new OfficerInfo("b", "002", "李四", "u1"),
            "c", new OfficerInfo("c", "003", "王五", "u2"));
    static final Map<String, UnitInfo> UNITS = Map.of(
            "u1", new UnitInfo("u1", "CG", "城关派出所"),
            "u2", new UnitInfo("u2", "JJ", "交警大队"));

    static FileFact file(String id, String unit, String officer, String deduction, String... coHandlers) {
        return new FileFact(id, "N-" + id, unit, officer, List.of(coHandlers), new BigDecimal(deduction),
                new BigDecimal(deduction).signum() > 0 ? "NOT_STANDARDIZED" : "CLEAN", List.of());
    }

    static OfficerEntry officer(MonthlyList list, String id) {
        return list.officers().stream().filter(o -> o.officerId().equals(id)).findFirst().orElseThrow();
    }

    static UnitEntry unit(MonthlyList list, String id) {
        return list.units().stream().filter(u -> u.unitId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void average_is_total_over_files_and_a_red_card_needs_strictly_more_than_the_threshold() {
        List<FileFact> files = List.of(
                file("f1", "u1", "a", "5.0"), file("f2", "u1", "a", "0"), file("f3", "u1", "a", "4.0"), // 9.0 / 3 = 3.00
                file("f4", "u1", "b", "3.5"), file("f5", "u1", "b", "3.0"),                           // 6.5 / 2 = 3.25
                file("f6", "u2", "c", "10.0"));                                                          // 10.00
        MonthlyList list = new MonthlyListAggregator(false).live(MAY, files, OFFICERS, UNITS, DEFAULT_RULE);

        OfficerEntry a = officer(list, "a");
        assertThat(a.filesEvaluated()).isEqualTo(3);
        assertThat(a.totalDeduction()).isEqualByComparingTo("9.0");
        assertThat(a.averageDeduction()).isEqualTo(new BigDecimal("3.00"));
        assertThat(a.problemFiles()).isEqualTo(2);
        assertThat(a.redCard()).as("3.00 is not above 3.0").isFalse();

        OfficerEntry b = officer(list, "b");
        assertThat(b.averageDeduction()).isEqualTo(new BigDecimal("3.25"));
        assertThat(b.redCard()).isTrue();
        assertThat(b.problemFileList()).extracting(ProblemFile::caseFileId).containsExactlyInAnyOrder("f4", "f5");

        assertThat(officer(list, "c").averageDeduction()).isEqualTo(new BigDecimal("10.00"));
        assertThat(officer(list, "c").redCard()).isTrue();
        assertThat(list.officers()).extracting(OfficerEntry::officerId).as("highest average first")
                .containsExactly("c", "b", "a");

        UnitEntry u1 = unit(list, "u1");
        assertThat(u1.filesEvaluated()).isEqualTo(5);
        assertThat(u1.totalDeduction()).isEqualByComparingTo("15.5");
        assertThat(u1.averageDeduction()).isEqualTo(new BigDecimal("3.10"));
        assertThat(u1.problemFiles()).isEqualTo(4);
        assertThat(u1.problemFileShare()).isEqualByComparingTo("0.8");
        assertThat(u1.redCardOfficers()).isEqualTo(1);
        assertThat(unit(list, "u2").redCardOfficers()).isEqualTo(1);

        assertThat(list.filesEvaluated()).isEqualTo(6);
        assertThat(list.totalDeduction()).isEqualByComparingTo("25.5");
        assertThat(list.averageDeduction()).isEqualTo(new BigDecimal("4.25"));
    }

    @Test
    void averages_round_half_up_to_two_decimals() {
        // 0.5 / 4 = 0.125 → 0.13 (HALF_EVEN would give 0.12); 10.0 / 3 = 3.333… → 3.33; 5.0 / 3 = 1.666… → 1.67
        MonthlyList list = new MonthlyListAggregator(false).live(MAY, List.of(
                file("f1", "u1", "a", "0.5"), file("f2", "u1", "a", "0"), file("f3", "u1", "a", "0"),
                file("f4", "u1", "a", "0"),
                file("f5", "u1", "b", "10.0"), file("f6", "u1", "b", "0"), file("f7", "u1", "b", "0"),
                file("f8", "u2", "c", "5.0"), file("f9", "u2", "c", "0"), file("f10", "u2", "c", "0")),
                OFFICERS, UNITS, DEFAULT_RULE);
        assertThat(officer(list, "a").averageDeduction()).isEqualTo(new BigDecimal("0.13"));
        assertThat(officer(list, "b").averageDeduction()).isEqualTo(new BigDecimal("3.33"));
        assertThat(officer(list, "c").averageDeduction()).isEqualTo(new BigDecimal("1.67"));
        assertThat(unit(list, "u1").averageDeduction()).isEqualTo(new BigDecimal("1.50")); // 10.5 / 7
    }

    @Test
    void the_minimum_number_of_files_holds_back_a_red_card() {
        RedCardRule twoFiles = new RedCardRule(new BigDecimal("3.0"), 2, RedCardRule.FROM_CONFIG);
        MonthlyList list = new MonthlyListAggregator(false).live(MAY, List.of(
                file("f1", "u1", "a", "9.0"),
                file("f2", "u1", "b", "4.0"), file("f3", "u1", "b", "3.0")), OFFICERS, UNITS, twoFiles);
        assertThat(officer(list, "a").redCard()).as("one file, fewer than two").isFalse();
        assertThat(officer(list, "b").redCard()).as("3.50 with two files").isTrue();
    }

    @Test
    void co_handlers_carry_the_file_only_when_configured() {
        List<FileFact> files = List.of(file("f1", "u1", "a", "6.0", "c"), file("f2", "u2", "c", "0"));

        MonthlyList primaryOnly = new MonthlyListAggregator(false).live(MAY, files, OFFICERS, UNITS, DEFAULT_RULE);
        assertThat(officer(primaryOnly, "c").filesEvaluated()).isEqualTo(1);
        assertThat(officer(primaryOnly, "c").redCard()).isFalse();

        MonthlyList withCoHandlers = new MonthlyListAggregator(true).live(MAY, files, OFFICERS, UNITS, DEFAULT_RULE);
        OfficerEntry c = officer(withCoHandlers, "c");
        assertThat(c.filesEvaluated()).isEqualTo(2);
        assertThat(c.averageDeduction()).isEqualTo(new BigDecimal("3.00"));
        assertThat(officer(withCoHandlers, "a").averageDeduction()).isEqualTo(new BigDecimal("6.00"));
        // The unit still counts each file once, in the unit that handled it.
        assertThat(unit(withCoHandlers, "u1").filesEvaluated()).isEqualTo(1);
        assertThat(unit(withCoHandlers, "u2").filesEvaluated()).isEqualTo(1);
    }

    @Test
    void an_officer_unknown_to_the_directory_is_listed_under_his_id_and_the_unit_of_his_file() {
        MonthlyList list = new MonthlyListAggregator(false).live(MAY, List.of(file("f1", "u2", "x", "1.0")),
                OFFICERS, UNITS, DEFAULT_RULE);
        OfficerEntry x = officer(list, "x");
        assertThat(x.officerName()).isEqualTo("x");
        assertThat(x.unitId()).isEqualTo("u2");
        assertThat(x.unitName()).isEqualTo("交警大队");
    }

    @Test
    void a_transferred_officers_line_sits_under_the_unit_of_the_files_he_carried() {
        // a now belongs to u2 (the directory says so) but carried two u1 files this month and one of u2.
        Map<String, OfficerInfo> transferred = Map.of("a", new OfficerInfo("a", "001", "张三", "u2"));
        MonthlyList list = new MonthlyListAggregator(false).live(MAY,
                List.of(file("f1", "u1", "a", "5.0"), file("f2", "u1", "a", "2.0"), file("f3", "u2", "a", "1.0")),
                transferred, UNITS, DEFAULT_RULE);
        assertThat(officer(list, "a").unitId()).isEqualTo("u1");
        assertThat(officer(list, "a").unitName()).isEqualTo("城关派出所");
        assertThat(unit(list, "u1").redCardOfficers()).as("8.0 / 3 = 2.67: none").isZero();

        // One file of each: his current unit.
        assertThat(MonthlyListAggregator.unitOfLine(
                List.of(file("f1", "u1", "a", "5.0"), file("f3", "u2", "a", "1.0")), "u2")).isEqualTo("u2");
        // Only old-unit files: the old unit, whatever the directory says now.
        assertThat(MonthlyListAggregator.unitOfLine(List.of(file("f1", "u1", "a", "5.0")), "u2")).isEqualTo("u1");
    }
}
