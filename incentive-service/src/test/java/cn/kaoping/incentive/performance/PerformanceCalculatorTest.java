package cn.kaoping.incentive.performance;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaoping.contracts.evaluation.CaseKind;
import cn.kaoping.contracts.evaluation.Classification;
import cn.kaoping.contracts.evaluation.Grade;
import cn.kaoping.incentive.scheme.Scheme;
import cn.kaoping.incentive.scheme.Term;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** I1, precise rules of incentive: points of a file, of its officers and of its unit. */
class PerformanceCalculatorTest {

    static final Scheme SCHEME = new Scheme("s1", "test", LocalDate.of(2000, 1, 1), new BigDecimal("0.3"),
            List.of("YEAR"), List.of(
            new Term("CASE_KIND", Map.of("ADMINISTRATIVE_PENALTY", BigDecimal.TEN, "ADMINISTRATIVE_LICENSING",
                    new BigDecimal("6"), "ADMINISTRATIVE_COMPULSION", new BigDecimal("8"), "OTHER", new BigDecimal("4")),
                    null, null),
            new Term("GRADE", Map.of("EXCELLENT", new BigDecimal("1.2"), "PASS", BigDecimal.ONE, "FAIL",
                    new BigDecimal("0.4")), null, null),
            new Term("VETO", null, new BigDecimal("-2"), null),
            new Term("PROCESS_PENALTIES", null, new BigDecimal("1.5"), null),
            new Term("TEN_BEST", null, new BigDecimal("5"), null)));

    static FileFact file(String id, String unit, String officer, Grade grade, boolean veto, String penalty,
                         boolean tenBest, String... coHandlers) {
        return new FileFact(id, "N-" + id, CaseKind.ADMINISTRATIVE_PENALTY, unit, officer, List.of(coHandlers),
                YearMonth.of(2026, 11), new BigDecimal("95"), grade, Classification.CLEAN, veto, 1,
                new BigDecimal(penalty), tenBest);
    }

    @Nested
    class AFile {

        @Test
        void earnsBaseTimesCoefficientLessPenaltiesPlusBonus() {
            // 10 × 1.2 − 2 × 1.5 + 5 = 14.00
            Performance p = PerformanceCalculator.compute("2026-11", SCHEME,
                    List.of(file("f1", "U1", "o1", Grade.EXCELLENT, false, "2", true)));
            FilePoints points = p.officers().get(0).files().get(0);
            assertThat(points.points()).isEqualByComparingTo("14.00");
            assertThat(points.computation().formula()).isEqualTo("基础分 10 × 等次系数 1.2 − 程序扣分 2 × 1.5 + 十佳加分 5 = 14.00");
        }

        @Test
        void withAVetoEarnsTheVetoFigure() {
            Performance p = PerformanceCalculator.compute("2026-11", SCHEME,
                    List.of(file("f1", "U1", "o1", Grade.FAIL, true, "2", false)));
            assertThat(p.officers().get(0).points()).isEqualByComparingTo("-2.00");
            assertThat(p.officers().get(0).files().get(0).computation().veto()).isTrue();
        }
    }

    @Nested
    class Officers {

        @Test
        void theCoHandlerEarnsHisShareAndTheUnitEachFileOnce() {
            // f1: 10 × 1.0 = 10.00 (o1 primary, o2 co-handler 3.00); f2: 10 × 0.4 = 4.00 (o2 primary, o1 co 1.20)
            Performance p = PerformanceCalculator.compute("2026-11", SCHEME, List.of(
                    file("f1", "U1", "o1", Grade.PASS, false, "0", false, "o2"),
                    file("f2", "U1", "o2", Grade.FAIL, false, "0", false, "o1")));
            assertThat(p.officers()).extracting(OfficerPoints::officerId, o -> o.points().toPlainString())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("o1", "11.20"),
                            org.assertj.core.groups.Tuple.tuple("o2", "7.00"));
            assertThat(p.units()).extracting(UnitPoints::unitId, u -> u.points().toPlainString(), UnitPoints::files)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("U1", "14.00", 2));
            assertThat(p.officers().get(1).files().get(0).computation().formula())
                    .isEqualTo("基础分 10 × 等次系数 1 = 10.00；协办 × 0.3 = 3.00");
        }
    }
}
