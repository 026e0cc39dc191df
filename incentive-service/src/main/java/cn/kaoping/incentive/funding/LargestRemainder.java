package cn.kaoping.incentive.funding;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The largest remainder method (最大余额法) in cents: each claimant first gets the whole cents of his exact quota
 * (amount × weight / total weight, rounded down), then the cents left over go one each to the largest remainders;
 * equal remainders go in the order the claimants were given (the caller's stated tie rule). The parts always sum
 * to the amount, each is its quota rounded down or up, and a larger weight never gets less.
 */
public final class LargestRemainder {

    private LargestRemainder() {
    }

    /** A claimant's result: cents given, whether one of them is a leftover cent, and the exact quota in cents. */
    public record Part(long cents, boolean remainderCent, BigDecimal quotaCents) {
    }

    /**
     * @param cents   what to split, at least 0
     * @param weights one per claimant, each at least 0, their sum positive
     */
    public static List<Part> split(long cents, List<BigDecimal> weights) {
        if (cents < 0) {
            throw new IllegalArgumentException("negative amount " + cents);
        }
        // Scale every weight to integers so that quotas and remainders are exact integer arithmetic.
        int scale = weights.stream().mapToInt(w -> Math.max(w.stripTrailingZeros().scale(), 0)).max().orElse(0);
        List<BigInteger> w = new ArrayList<>();
        for (BigDecimal weight : weights) {
            if (weight.signum() < 0) {
                throw new IllegalArgumentException("negative weight " + weight);
            }
            w.add(weight.movePointRight(scale).toBigIntegerExact());
        }
        BigInteger total = w.stream().reduce(BigInteger.ZERO, BigInteger::add);
        if (total.signum() == 0) {
            throw new IllegalArgumentException("no weight to split by");
        }
        BigInteger amount = BigInteger.valueOf(cents);
        long[] given = new long[w.size()];
        BigInteger[] remainders = new BigInteger[w.size()];
        long sum = 0;
        for (int i = 0; i < w.size(); i++) {
            BigInteger[] qr = amount.multiply(w.get(i)).divideAndRemainder(total);
            given[i] = qr[0].longValueExact();
            remainders[i] = qr[1];
            sum += given[i];
        }
        long left = cents - sum;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < w.size(); i++) {
            order.add(i);
        }
        // Remainders share the denominator `total`, so comparing them compares the fractional parts exactly;
        // the sort is stable, so equal remainders keep the given order.
        order.sort(Comparator.comparing((Integer i) -> remainders[i]).reversed());
        boolean[] extra = new boolean[w.size()];
        for (int k = 0; k < left; k++) {
            int i = order.get(k);
            given[i]++;
            extra[i] = true;
        }
        List<Part> parts = new ArrayList<>();
        BigDecimal totalDecimal = new BigDecimal(total);
        for (int i = 0; i < w.size(); i++) {
            BigDecimal quota = new BigDecimal(amount.multiply(w.get(i))).divide(totalDecimal, 6,
                    java.math.RoundingMode.HALF_EVEN);
            parts.add(new Part(given[i], extra[i], quota));
        }
        return parts;
    }
}
