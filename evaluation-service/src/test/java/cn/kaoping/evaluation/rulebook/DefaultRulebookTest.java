package cn.kaoping.evaluation.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.kaoping.contracts.Json;
import cn.kaoping.contracts.evaluation.FindingClass;
import cn.kaoping.contracts.evaluation.Grade;
import cn.kaoping.contracts.evaluation.ProcessPenaltyCode;
import cn.kaoping.contracts.evaluation.RulebookContent;
import cn.kaoping.contracts.evaluation.RulebookDimension;
import cn.kaoping.contracts.evaluation.RulebookItem;
import cn.kaoping.evaluation.scoring.Points;
import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The default rulebook ships as a resource in the publication format and holds every item of RULEBOOK.md. */
class DefaultRulebookTest {

    private final Rulebook rulebook = RulebookJson.defaultRulebook();

    @Test
    void loads_and_validates_from_the_resource() {
        assertThat(rulebook.versionId()).isEqualTo("default-v1");
        assertThat(rulebook.effectiveFrom()).isEqualTo(LocalDate.of(2016, 1, 1));
    }

    @Test
    void has_the_six_dimensions_with_their_weights() {
        assertThat(rulebook.dimensions()).extracting(RulebookDimension::code, RulebookDimension::name,
                        d -> d.weight().intValueExact())
                .containsExactly(tuple("EVIDENCE", "证据收集", 25), tuple("CHARACTERIZATION", "案件定性", 15),
                        tuple("PROCEDURE", "程序流程", 25), tuple("DISCRETION", "量裁执行", 20),
                        tuple("DOCUMENTS", "文书制作", 10), tuple("FILING", "整理装订", 5));
    }

    @Test
    void has_every_item_of_the_rulebook_with_its_points_and_class() {
        assertThat(rulebook.content().items()).extracting(RulebookItem::code, RulebookItem::dimension,
                        i -> i.defaultPoints().intValueExact(), RulebookItem::findingClass, RulebookItem::veto,
                        RulebookItem::perOccurrence)
                .containsExactly(
                        tuple("V01", "PROCEDURE", 25, FindingClass.NOT_STRICT, true, false),
                        tuple("V02", "EVIDENCE", 25, FindingClass.NOT_STRICT, true, false),
                        tuple("V03", "EVIDENCE", 25, FindingClass.NOT_STRICT, true, false),
                        tuple("V04", "CHARACTERIZATION", 15, FindingClass.NOT_STRICT, true, false),
                        tuple("V05", "PROCEDURE", 25, FindingClass.NOT_STRICT, true, false),
                        tuple("EV01", "EVIDENCE", 5, FindingClass.NOT_STRICT, false, true),
                        tuple("EV02", "EVIDENCE", 2, FindingClass.NOT_STANDARDIZED, false, false),
                        tuple("EV03", "EVIDENCE", 5, FindingClass.NOT_STRICT, false, false),
                        tuple("CH01", "CHARACTERIZATION", 3, FindingClass.NOT_STANDARDIZED, false, false),
                        tuple("PR01", "PROCEDURE", 2, FindingClass.NOT_STANDARDIZED, false, false),
                        tuple("PR02", "PROCEDURE", 1, FindingClass.NOT_STANDARDIZED, false, false),
                        tuple("PR03", "PROCEDURE", 2, FindingClass.NOT_STANDARDIZED, false, false),
                        tuple("PR04", "PROCEDURE", 2, FindingClass.NOT_STANDARDIZED, false, false),
                        tuple("PR05", "PROCEDURE", 5, FindingClass.NOT_STRICT, false, false),
                        tuple("DI01", "DISCRETION", 3, FindingClass.NOT_STRICT, false, false),
                        tuple("DI02", "DISCRETION", 3, FindingClass.NOT_STANDARDIZED, false, false),
                        tuple("DO01", "DOCUMENTS", 2, FindingClass.NOT_STANDARDIZED, false, false),
                        tuple("DO02", "DOCUMENTS", 1, FindingClass.NOT_STANDARDIZED, false, true),
                        tuple("FI01", "FILING", 1, FindingClass.NOT_STANDARDIZED, false, false),
                        tuple("FI02", "FILING", 1, FindingClass.NOT_STANDARDIZED, false, false),
                        tuple("FI03", "FILING", 1, FindingClass.NOT_STANDARDIZED, false, false));
        assertThat(rulebook.content().items()).allSatisfy(item -> {
            assertThat(item.maxPoints()).isEqualByComparingTo(item.defaultPoints());
            assertThat(item.text()).isNotBlank();
            assertThat(item.noteRequired()).isTrue();
        });
    }

    @Test
    void prices_the_process_penalties() {
        assertThat(rulebook.penalty(ProcessPenaltyCode.LATE).points()).isEqualByComparingTo("1");
        assertThat(rulebook.penalty(ProcessPenaltyCode.LATE).per()).isEqualTo("P7D");
        assertThat(rulebook.penalty(ProcessPenaltyCode.LATE).maxPoints()).isEqualByComparingTo("5");
        assertThat(rulebook.penalty(ProcessPenaltyCode.MISSING).points()).isEqualByComparingTo("5");
        assertThat(rulebook.penalty(ProcessPenaltyCode.NO_PREREVIEW).points()).isEqualByComparingTo("2");
    }

    @Test
    void sets_the_deadlines_factor_bands_and_thresholds() {
        assertThat(rulebook.content().deadlines().submission()).isEqualTo("P1M");
        assertThat(rulebook.content().deadlines().rectification()).isEqualTo("P1M");
        assertThat(rulebook.content().deadlines().objection()).isEqualTo("P3D");
        assertThat(rulebook.unrectifiedFactor()).isEqualByComparingTo("2");
        assertThat(rulebook.gradeFor(Points.of("90"))).isEqualTo(Grade.EXCELLENT);
        assertThat(rulebook.gradeFor(Points.of("80"))).isEqualTo(Grade.PASS);
        assertThat(rulebook.gradeFor(Points.of("79.9"))).isEqualTo(Grade.FAIL);
        assertThat(rulebook.content().thresholds().redCardAverageDeductionAbove()).isEqualByComparingTo("3.0");
        assertThat(rulebook.content().thresholds().redCardMinimumFiles()).isEqualTo(1);
        assertThat(rulebook.content().thresholds().rotationTrainingDaysPerYear()).isEqualTo(15);
    }

    @Test
    void a_rulebook_with_an_unknown_property_is_not_read() {
        String json = "{\"versionId\":\"x\",\"weigths\":[]}";
        assertThatThrownBy(() -> RulebookJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("weigths");
    }

    @Test
    void the_json_of_a_published_version_reads_back_through_the_publication_format() {
        String published = Json.write(rulebook.content());
        RulebookContent read = RulebookJson.read(new ByteArrayInputStream(published.getBytes(StandardCharsets.UTF_8)));
        assertThat(read).isEqualTo(rulebook.content());
    }
}
