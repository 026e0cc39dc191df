package cn.kaoping.incentive.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/** I2: the largest remainder method in cents, over random pools and points. */
class LargestRemainderProperties {

    @Property(tries = 500)
    void partsSumExactlyToTheAmount(@ForAll @LongRange(min = 0, max = 100_000_000_000L) long cents,
                                    @ForAll("weights") List<BigDecimal> weights) {
        List<LargestRemainder.Part> parts = LargestRemainder.split(cents, weights);
        assertThat(parts.stream().mapToLong(LargestRemainder.Part::cents).sum()).isEqualTo(cents);
    }

    @Property(tries = 500)
    void eachPartIsItsQuotaRoundedDownOrUp(@ForAll @LongRange(min = 0, max = 1_000_000_000L) long cents,
                                           @ForAll("weights") List<BigDecimal> weights) {
        List<LargestRemainder.Part> parts = LargestRemainder.split(cents, weights);
        BigDecimal total = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        for (int i = 0; i < weights.size(); i++) {
            BigDecimal exact = BigDecimal.valueOf(cents).multiply(weights.get(i));
            BigDecimal floor = exact.divideToIntegralValue(total);
            long given = parts.get(i).cents();
            assertThat(given).isBetween(floor.longValueExact(), floor.longValueExact() + 1);
            assertThat(parts.get(i).remainderCent()).isEqualTo(given == floor.longValueExact() + 1);
        }
    }

    @Property(tries = 300)
    void aLargerWeightNeverGetsLessAndZeroGetsNothing(@ForAll @LongRange(min = 0, max = 1_000_000_000L) long cents,
                                                       @ForAll("weights") List<BigDecimal> weights) {
        List<LargestRemainder.Part> parts = LargestRemainder.split(cents, weights);
        for (int i = 0; i < weights.size(); i++) {
            if (weights.get(i).signum() == 0) {
                assertThat(parts.get(i).cents()).isZero();
            }
            for (int j = 0; j < weights.size(); j++) {
                if (weights.get(i).compareTo(weights.get(j)) > 0) {
                    assertThat(parts.get(i).cents()).isGreaterThanOrEqualTo(parts.get(j).cents());
                }
            }
        }
    }

    @Property(tries = 200)
    void equalWeightsGetTheLeftoverCentsInTheGivenOrder(@ForAll @LongRange(min = 0, max = 10_000) long cents,
                                                         @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 12) int n) {
        List<BigDecimal> weights = java.util.Collections.nCopies(n, new BigDecimal("7.5"));
        List<LargestRemainder.Part> parts = LargestRemainder.split(cents, weights);
        for (int i = 0; i < n; i++) {
            assertThat(parts.get(i).cents()).isEqualTo(cents / n + (i < cents % n ? 1 : 0));
        }
    }

    @Provide
    Arbitrary<List<BigDecimal>> weights() {
        Arbitrary<BigDecimal> weight = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.just(BigDecimal.ZERO)),
                net.jqwik.api.Tuple.of(8, Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("100000"))
                        .ofScale(2)));
        return weight.list().ofMinSize(1).ofMaxSize(40).filter(l -> l.stream().anyMatch(w -> w.signum() > 0));
    }
}
