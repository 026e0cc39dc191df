package cn.kaoping.evaluation.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaoping.domain.DomainException;
import cn.kaoping.contracts.evaluation.FindingClass;
import cn.kaoping.contracts.evaluation.RulebookContent;
import cn.kaoping.contracts.evaluation.RulebookDeadlines;
import cn.kaoping.contracts.evaluation.RulebookDimension;
import cn.kaoping.contracts.evaluation.RulebookGradeBands;
import cn.kaoping.contracts.evaluation.RulebookItem;
import cn.kaoping.contracts.evaluation.RulebookProcessPenalty;
import cn.kaoping.contracts.evaluation.RulebookThresholds;
import cn.kaoping.evaluation.domain.ErrorCode;
import cn.kaoping.domain.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** E7: a rulebook version is validated on publication; every fault is reported with its field. */
class RulebookValidatorTest {

    private final RulebookContent valid = RulebookJson.defaultContent();

    private List<Tuple> errorsOf(RulebookContent content) {
        return RulebookValidator.validate(content).stream()
                .map(e -> Tuple.tuple(e.field(), e.code()))
                .toList();
    }

    private RulebookContent withDimensions(UnaryOperator<List<RulebookDimension>> change) {
        return new RulebookContent(valid.versionId(), valid.name(), valid.effectiveFrom(),
                change.apply(new ArrayList<>(valid.dimensions())), valid.items(), valid.processPenalties(),
                valid.gradeBands(), valid.deadlines(), valid.unrectifiedFactor(), valid.thresholds());
    }

    private RulebookContent withItems(UnaryOperator<List<RulebookItem>> change) {
        return new RulebookContent(valid.versionId(), valid.name(), valid.effectiveFrom(), valid.dimensions(),
                change.apply(new ArrayList<>(valid.items())), valid.processPenalties(), valid.gradeBands(),
                valid.deadlines(), valid.unrectifiedFactor(), valid.thresholds());
    }

    private static RulebookItem item(String code, String dimension, String defaultPoints, String maxPoints) {
        return new RulebookItem(code, dimension, "测试条目", new BigDecimal(defaultPoints), new BigDecimal(maxPoints),
                false, FindingClass.NOT_STANDARDIZED, false, true);
    }

    @Test
    void the_default_rulebook_is_valid() {
        assertThat(RulebookValidator.validate(valid)).isEmpty();
    }

    @Test
    void dimension_weights_must_sum_to_100() {
        RulebookContent content = withDimensions(d -> {
            d.set(5, new RulebookDimension("FILING", "整理装订", new BigDecimal("6")));
            return d;
        });
        assertThat(errorsOf(content)).containsExactly(Tuple.tuple("dimensions", ErrorCode.WEIGHTS_NOT_100));
    }

    @Test
    void dimension_codes_must_be_unique() {
        RulebookContent content = withDimensions(d -> {
            d.set(5, new RulebookDimension("DOCUMENTS", "整理装订", new BigDecimal("5")));
            return d;
        });
        assertThat(errorsOf(content)).contains(Tuple.tuple("dimensions[5].code", ErrorCode.DUPLICATE_CODE));
    }

    @Test
    void item_codes_must_be_unique() {
        RulebookContent content = withItems(items -> {
            items.add(item("EV02", "EVIDENCE", "1", "1"));
            return items;
        });
        assertThat(errorsOf(content)).containsExactly(Tuple.tuple("items[21].code", ErrorCode.DUPLICATE_CODE));
    }

    @Test
    void an_item_must_name_a_dimension_of_the_rulebook() {
        RulebookContent content = withItems(items -> {
            items.add(item("XX01", "WEATHER", "1", "1"));
            return items;
        });
        assertThat(errorsOf(content)).containsExactly(Tuple.tuple("items[21].dimension", ErrorCode.UNKNOWN_DIMENSION));
    }

    @Test
    void default_points_may_not_exceed_the_maximum() {
        RulebookContent content = withItems(items -> {
            items.add(item("XX01", "FILING", "3", "2"));
            return items;
        });
        assertThat(errorsOf(content)).containsExactly(
                Tuple.tuple("items[21].defaultPoints", ErrorCode.DEFAULT_ABOVE_MAXIMUM));
    }

    @Test
    void points_may_not_be_negative_nor_finer_than_a_tenth() {
        RulebookContent content = withItems(items -> {
            items.add(item("XX01", "FILING", "-1", "2"));
            items.add(item("XX02", "FILING", "0.25", "2"));
            return items;
        });
        assertThat(errorsOf(content)).containsExactly(
                Tuple.tuple("items[21].defaultPoints", ErrorCode.NEGATIVE_POINTS),
                Tuple.tuple("items[22].defaultPoints", ErrorCode.POINTS_TOO_PRECISE));
    }

    @Test
    void periods_must_parse_as_iso_periods_or_durations() {
        RulebookContent content = new RulebookContent(valid.versionId(), valid.name(), valid.effectiveFrom(),
                valid.dimensions(), valid.items(), valid.processPenalties(), valid.gradeBands(),
                new RulebookDeadlines("一个月", "PT30S", "P0D", null), valid.unrectifiedFactor(), valid.thresholds());
        assertThat(errorsOf(content)).containsExactly(
                Tuple.tuple("deadlines.submission", ErrorCode.NOT_A_PERIOD),
                Tuple.tuple("deadlines.objection", ErrorCode.NOT_A_PERIOD),
                Tuple.tuple("deadlines.objectionDecision", ErrorCode.REQUIRED));
    }

    @Test
    void every_process_penalty_must_be_priced_once() {
        RulebookProcessPenalty late = valid.processPenalties().get(0);
        RulebookProcessPenalty missing = valid.processPenalties().get(1);
        List<RulebookProcessPenalty> penalties = List.of(
                new RulebookProcessPenalty(late.code(), late.text(), late.points(), "每周", late.maxPoints()),
                missing, missing);
        RulebookContent content = new RulebookContent(valid.versionId(), valid.name(), valid.effectiveFrom(),
                valid.dimensions(), valid.items(), penalties, valid.gradeBands(), valid.deadlines(),
                valid.unrectifiedFactor(), valid.thresholds());
        assertThat(errorsOf(content)).containsExactly(
                Tuple.tuple("processPenalties[0].per", ErrorCode.NOT_A_PERIOD),
                Tuple.tuple("processPenalties[2].code", ErrorCode.DUPLICATE_CODE),
                Tuple.tuple("processPenalties", ErrorCode.PROCESS_PENALTY_MISSING));
    }

    @Test
    void grade_bands_factor_and_thresholds_must_be_in_range() {
        RulebookThresholds t = valid.thresholds();
        RulebookContent content = new RulebookContent(valid.versionId(), valid.name(), valid.effectiveFrom(),
                valid.dimensions(), valid.items(), valid.processPenalties(),
                new RulebookGradeBands(new BigDecimal("80"), new BigDecimal("90")), valid.deadlines(),
                new BigDecimal("0.5"), new RulebookThresholds(new BigDecimal("-1"), 0, t.laggingOnRedCard(),
                t.laggingProblemFilesPerQuarter(), t.rotationTrainingDaysPerYear(),
                t.accountabilityOnRefusedRectification(), t.accountabilityRedCards(), t.accountabilityWithinMonths()));
        assertThat(errorsOf(content)).containsExactly(
                Tuple.tuple("gradeBands.passFrom", ErrorCode.OUT_OF_RANGE),
                Tuple.tuple("unrectifiedFactor", ErrorCode.OUT_OF_RANGE),
                Tuple.tuple("thresholds.redCardAverageDeductionAbove", ErrorCode.OUT_OF_RANGE),
                Tuple.tuple("thresholds.redCardMinimumFiles", ErrorCode.OUT_OF_RANGE));
    }

    @Test
    void version_id_name_and_effective_date_are_required() {
        RulebookContent content = new RulebookContent(" ", null, null, valid.dimensions(), valid.items(),
                valid.processPenalties(), valid.gradeBands(), valid.deadlines(), valid.unrectifiedFactor(),
                valid.thresholds());
        assertThat(errorsOf(content)).containsExactly(
                Tuple.tuple("versionId", ErrorCode.REQUIRED),
                Tuple.tuple("name", ErrorCode.REQUIRED),
                Tuple.tuple("effectiveFrom", ErrorCode.REQUIRED));
    }

    @Test
    void an_invalid_rulebook_never_becomes_a_rulebook() {
        RulebookContent content = withDimensions(d -> d.subList(0, 5));
        assertThatThrownBy(() -> Rulebook.of(content))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.RULEBOOK_INVALID);
                    // FILING is gone: the weights no longer sum to 100 and its items name an unknown dimension
                    assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("dimensions",
                            "items[18].dimension", "items[19].dimension", "items[20].dimension");
                });
    }
}
