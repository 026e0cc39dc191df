package cn.kaoping.evaluation.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaoping.contracts.evaluation.Classification;
import cn.kaoping.contracts.evaluation.EvaluationCard;
import cn.kaoping.contracts.evaluation.Finding;
import cn.kaoping.contracts.evaluation.FindingClass;
import cn.kaoping.contracts.evaluation.Grade;
import cn.kaoping.contracts.evaluation.ProcessPenalty;
import cn.kaoping.contracts.evaluation.ProcessPenaltyCode;
import cn.kaoping.evaluation.support.TestRulebooks;
import cn.kaoping.evaluation.rulebook.Rulebook;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "Precise rules of scoring" (PROCESS.md) on the default rulebook, one rule per test. */
class CardCalculatorTest {

    private final Rulebook rulebook = TestRulebooks.defaultRulebook();
    private int ids;

    private Finding finding(String dimension, String points, FindingClass findingClass) {
        BigDecimal p = Points.of(points);
        return new Finding("R1-" + (++ids), 1, "X", dimension, p, p, findingClass, false, "n", null, false);
    }

    private Finding veto(String dimension) {
        BigDecimal p = Points.of("25");
        return new Finding("R1-" + (++ids), 1, "V03", dimension, p, p, FindingClass.NOT_STRICT, true, "n", null, false);
    }

    private static ProcessPenalty penalty(ProcessPenaltyCode code, String points) {
        return new ProcessPenalty(code, Points.of(points), 1);
    }

    private EvaluationCard card(List<Finding> findings, ProcessPenalty... penalties) {
        return CardCalculator.card(rulebook, 1, findings, List.of(penalties));
    }

    @Test
    void score_is_100_minus_the_deductions() {
        EvaluationCard card = card(List.of(finding("EVIDENCE", "2", FindingClass.NOT_STANDARDIZED),
                finding("DOCUMENTS", "1", FindingClass.NOT_STANDARDIZED)));
        assertThat(card.findingsDeduction()).isEqualTo(Points.of("3"));
        assertThat(card.totalDeduction()).isEqualTo(Points.of("3"));
        assertThat(card.score()).isEqualTo(Points.of("97"));
        assertThat(card.rulebookVersion()).isEqualTo(TestRulebooks.DEFAULT_VERSION);
    }

    @Test
    void each_dimension_is_capped_at_its_weight() {
        EvaluationCard card = card(List.of(finding("FILING", "4", FindingClass.NOT_STANDARDIZED),
                finding("FILING", "3", FindingClass.NOT_STANDARDIZED),
                finding("CHARACTERIZATION", "3", FindingClass.NOT_STANDARDIZED)));
        assertThat(card.deductionByDimension()).filteredOn(d -> d.dimension().equals("FILING"))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.deducted()).isEqualTo(Points.of("7"));
                    assertThat(d.counted()).isEqualTo(Points.of("5"));
                    assertThat(d.weight()).isEqualTo(Points.of("5"));
                });
        assertThat(card.totalDeduction()).isEqualTo(Points.of("8"));
    }

    @Test
    void process_penalties_are_not_capped_by_a_dimension_and_do_not_classify() {
        EvaluationCard card = card(List.of(), penalty(ProcessPenaltyCode.LATE, "5"),
                penalty(ProcessPenaltyCode.NO_PREREVIEW, "2"));
        assertThat(card.processDeduction()).isEqualTo(Points.of("7"));
        assertThat(card.totalDeduction()).isEqualTo(Points.of("7"));
        assertThat(card.classification()).isEqualTo(Classification.CLEAN);
        assertThat(card.deductionByDimension()).allSatisfy(d -> assertThat(d.counted()).isEqualTo(Points.ZERO));
    }

    @Test
    void the_total_deduction_is_capped_at_100_so_the_score_never_goes_below_zero() {
        List<Finding> everyDimensionFull = List.of(finding("EVIDENCE", "25", FindingClass.NOT_STRICT),
                finding("CHARACTERIZATION", "15", FindingClass.NOT_STRICT),
                finding("PROCEDURE", "25", FindingClass.NOT_STRICT),
                finding("DISCRETION", "20", FindingClass.NOT_STRICT),
                finding("DOCUMENTS", "10", FindingClass.NOT_STANDARDIZED),
                finding("FILING", "5", FindingClass.NOT_STANDARDIZED));
        EvaluationCard card = card(everyDimensionFull, penalty(ProcessPenaltyCode.LATE, "5"));
        assertThat(card.findingsDeduction()).isEqualTo(Points.of("100"));
        assertThat(card.totalDeduction()).isEqualTo(Points.of("100"));
        assertThat(card.score()).isEqualTo(Points.of("0"));
        assertThat(card.veto()).isFalse();
    }

    @Test
    void a_veto_item_sets_the_total_deduction_to_100_and_the_grade_to_fail() {
        EvaluationCard card = card(List.of(veto("EVIDENCE"), finding("FILING", "1", FindingClass.NOT_STANDARDIZED)));
        assertThat(card.veto()).isTrue();
        assertThat(card.totalDeduction()).isEqualTo(Points.of("100"));
        assertThat(card.score()).isEqualTo(Points.of("0"));
        assertThat(card.grade()).isEqualTo(Grade.FAIL);
        assertThat(card.classification()).isEqualTo(Classification.NOT_STRICT);
    }

    @ParameterizedTest(name = "deduction {0} gives score {1}: {2}")
    @CsvSource({
            "0, 100, EXCELLENT",
            "10, 90, EXCELLENT",
            "10.1, 89.9, PASS",
            "20, 80, PASS",
            "20.1, 79.9, FAIL",
            "25, 75, FAIL",
    })
    void grades_follow_the_bands_of_the_rulebook(String deduction, String score, Grade grade) {
        EvaluationCard card = card(List.of(finding("EVIDENCE", deduction, FindingClass.NOT_STANDARDIZED)));
        assertThat(card.score()).isEqualTo(Points.of(score));
        assertThat(card.grade()).isEqualTo(grade);
    }

    @Test
    void any_finding_of_substance_classifies_the_file_as_not_strict() {
        EvaluationCard card = card(List.of(finding("FILING", "1", FindingClass.NOT_STANDARDIZED),
                finding("DISCRETION", "3", FindingClass.NOT_STRICT)));
        assertThat(card.classification()).isEqualTo(Classification.NOT_STRICT);
    }

    @Test
    void findings_of_form_only_classify_the_file_as_not_standardized() {
        EvaluationCard card = card(List.of(finding("FILING", "1", FindingClass.NOT_STANDARDIZED)));
        assertThat(card.classification()).isEqualTo(Classification.NOT_STANDARDIZED);
    }

    @Test
    void a_finding_of_zero_points_still_classifies_the_file() {
        EvaluationCard card = card(List.of(finding("DISCRETION", "0", FindingClass.NOT_STRICT)));
        assertThat(card.totalDeduction()).isEqualTo(Points.ZERO);
        assertThat(card.classification()).isEqualTo(Classification.NOT_STRICT);
    }

    @Test
    void an_unrectified_finding_counts_the_factor_times_its_points_and_a_rectified_one_its_points() {
        Finding pr05 = finding("PROCEDURE", "5", FindingClass.NOT_STRICT);
        Finding ev02 = finding("EVIDENCE", "2", FindingClass.NOT_STANDARDIZED);
        EvaluationCard card = CardCalculator.card(rulebook, 2,
                List.of(Findings.unrectified(pr05, rulebook.unrectifiedFactor()), Findings.rectified(ev02)), List.of());
        assertThat(card.totalDeduction()).isEqualTo(Points.of("12"));
        assertThat(card.round()).isEqualTo(2);
    }

    @Test
    void doubled_findings_are_still_capped_by_their_dimension() {
        Finding ev01 = finding("EVIDENCE", "5", FindingClass.NOT_STRICT);
        List<Finding> doubled = List.of(ev01, ev01, ev01).stream()
                .map(f -> Findings.unrectified(f, rulebook.unrectifiedFactor())).toList();
        EvaluationCard card = CardCalculator.card(rulebook, 2, doubled, List.of());
        assertThat(card.totalDeduction()).isEqualTo(Points.of("25"));
    }

    @Test
    void withdrawn_findings_count_nothing_and_neither_classify_nor_veto() {
        EvaluationCard card = card(List.of(Findings.withdrawn(veto("EVIDENCE")),
                Findings.withdrawn(finding("PROCEDURE", "5", FindingClass.NOT_STRICT)),
                finding("FILING", "1", FindingClass.NOT_STANDARDIZED)));
        assertThat(card.veto()).isFalse();
        assertThat(card.totalDeduction()).isEqualTo(Points.of("1"));
        assertThat(card.classification()).isEqualTo(Classification.NOT_STANDARDIZED);
        assertThat(card.findings()).hasSize(3);
    }
}
