package cn.kaoping.incentive.funding.allocating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaoping.domain.DomainException;
import cn.kaoping.incentive.IncentiveError;
import cn.kaoping.incentive.funding.Allocation;
import cn.kaoping.incentive.funding.OfficerLine;
import cn.kaoping.incentive.funding.UnitLine;
import cn.kaoping.incentive.performance.OfficerPoints;
import cn.kaoping.incentive.performance.Performance;
import cn.kaoping.incentive.performance.UnitPoints;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** I2, precise rules of incentive: "Funding". */
class AllocationDecisionTest {

    private static final Instant AT = Instant.parse("2027-01-05T02:00:00Z");

    static AllocateFunding command(String pool) {
        return new AllocateFunding("alloc-1", "2026-Q4", pool, "leader-1", AT);
    }

    static OfficerPoints officer(String id, String unit, String points) {
        return new OfficerPoints(id, unit, new BigDecimal(points), List.of());
    }

    @Nested
    class AHandWorkedExample {

        /*
         * Pool 100.00 yuan = 10000 cents; units A 10 points, B 10, C 10 (total 30): each quota 3333.33… cents,
         * floors 3333 each (9999), one cent left; the remainders are equal, so it goes to the lowest unit code, A.
         * A's 3334 cents across a1 (2 points) and a2 (1 point): quotas 2222.67 and 1111.33, floors 2222 + 1111 = 3333,
         * the cent left goes to the larger remainder (a1, .67). B's 3333 across b1 (1) and b2 (1): 1666.5 each,
         * floors 1666 + 1666, the cent to the lower police number: b1.
         */
        @Test
        void splitsToTheCentWithTheStatedTieRule() {
            Performance performance = new Performance("2026-Q4", "default-v1",
                    List.of(officer("a1", "A", "2"), officer("a2", "A", "1"), officer("b2", "B", "5"),
                            officer("b1", "B", "5"), officer("c1", "C", "10")),
                    List.of(new UnitPoints("C", 1, new BigDecimal("10.00")), new UnitPoints("B", 1, new BigDecimal("10.00")),
                            new UnitPoints("A", 1, new BigDecimal("10.00"))));
            Allocation a = AllocationDecision.decide(command("100.00"), performance,
                    Map.of("A", "001", "B", "002", "C", "003"), Map.of("a1", "1001", "a2", "1002", "b1", "2001", "b2", "2002"));

            assertThat(a.units()).extracting(UnitLine::unitId, u -> u.amount().toPlainString(), UnitLine::remainderCent)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("A", "33.34", true),
                            org.assertj.core.groups.Tuple.tuple("B", "33.33", false),
                            org.assertj.core.groups.Tuple.tuple("C", "33.33", false));
            assertThat(a.units().get(0).quota().toPlainString()).isEqualTo("33.333333");
            assertThat(a.units().get(0).share().toPlainString()).isEqualTo("0.33333333");
            assertThat(a.units().get(0).officers()).extracting(OfficerLine::officerId, o -> o.amount().toPlainString())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("a1", "22.23"),
                            org.assertj.core.groups.Tuple.tuple("a2", "11.11"));
            assertThat(a.units().get(1).officers()).extracting(OfficerLine::officerId, o -> o.amount().toPlainString())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("b1", "16.67"),
                            org.assertj.core.groups.Tuple.tuple("b2", "16.66"));
            assertThat(a.units().get(2).officers().get(0).amount().toPlainString()).isEqualTo("33.33");
        }
    }

    @Nested
    class PointsBelowZero {

        @Test
        void weighNothingAndGetNothing() {
            Performance performance = new Performance("2026-Q4", "v",
                    List.of(officer("a1", "A", "12"), officer("a2", "A", "-3"), officer("b1", "B", "-4")),
                    List.of(new UnitPoints("A", 2, new BigDecimal("9.00")), new UnitPoints("B", 1, new BigDecimal("-4.00"))));
            Allocation a = AllocationDecision.decide(command("50.00"), performance, Map.of(), Map.of());
            assertThat(a.units().get(0).amount().toPlainString()).isEqualTo("50.00");
            assertThat(a.units().get(0).officers().get(0).amount().toPlainString()).isEqualTo("50.00");
            assertThat(a.units().get(0).officers().get(1).amount().toPlainString()).isEqualTo("0.00");
            assertThat(a.units().get(1).amount().toPlainString()).isEqualTo("0.00");
        }

        @Test
        void noPositivePointsAtAllIsAConflict() {
            Performance performance = new Performance("2026-Q4", "v", List.of(officer("a1", "A", "0")),
                    List.of(new UnitPoints("A", 1, new BigDecimal("0.00"))));
            assertThatThrownBy(() -> AllocationDecision.decide(command("50.00"), performance, Map.of(), Map.of()))
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.code()).isEqualTo(IncentiveError.NO_POINTS));
        }
    }

    @Nested
    class ThePool {

        @ParameterizedTest
        @ValueSource(strings = {"0", "0.00", "-5.00", "1.001", "12,00", "1e5", "abc", "", "99999999999999"})
        void mustBeAPositiveAmountToTheCent(String pool) {
            assertThatThrownBy(() -> AllocationDecision.pool(pool)).isInstanceOf(DomainException.class);
        }

        @Test
        void isReadWithTwoDecimals() {
            assertThat(AllocationDecision.pool("120000").toPlainString()).isEqualTo("120000.00");
            assertThat(AllocationDecision.pool("0.01").toPlainString()).isEqualTo("0.01");
        }
    }

    @Property(tries = 300)
    void bothLevelsSumExactly(@ForAll("pools") BigDecimal pool, @ForAll("performances") Performance performance) {
        Allocation a = AllocationDecision.decide(command(pool.toPlainString()), performance, Map.of(), Map.of());
        assertThat(a.units().stream().map(UnitLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(pool);
        for (UnitLine unit : a.units()) {
            assertThat(unit.officers().stream().map(OfficerLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo(unit.amount());
        }
    }

    @Provide
    Arbitrary<BigDecimal> pools() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("99999999.99")).ofScale(2);
    }

    @Provide
    Arbitrary<Performance> performances() {
        Arbitrary<BigDecimal> points = Arbitraries.bigDecimals().between(new BigDecimal("-20"), new BigDecimal("500"))
                .ofScale(2);
        Arbitrary<List<BigDecimal>> unit = points.list().ofMinSize(1).ofMaxSize(8);
        return unit.list().ofMinSize(1).ofMaxSize(8).map(units -> {
            List<OfficerPoints> officers = new ArrayList<>();
            List<UnitPoints> unitPoints = new ArrayList<>();
            for (int u = 0; u < units.size(); u++) {
                BigDecimal sum = BigDecimal.ZERO;
                for (int o = 0; o < units.get(u).size(); o++) {
                    officers.add(new OfficerPoints("o" + u + "-" + o, "u" + u, units.get(u).get(o), List.of()));
                    sum = sum.add(units.get(u).get(o));
                }
                unitPoints.add(new UnitPoints("u" + u, units.get(u).size(), sum));
            }
            return new Performance("2026-Q4", "v", officers, unitPoints);
        }).filter(p -> p.units().stream().anyMatch(u -> u.points().signum() > 0));
    }
}
