package cn.kaoping.evaluation.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Points are decimals with one decimal place (0.5-point items are common in bureau rulebooks). Every
 * number written into an event goes through {@link #canonical(BigDecimal)}, so that equal amounts are
 * equal records and identical JSON ("5.0").
 */
public final class Points {

    public static final int SCALE = 1;
    public static final BigDecimal ZERO = canonical(BigDecimal.ZERO);
    public static final BigDecimal HUNDRED = canonical(BigDecimal.valueOf(100));

    private Points() {
    }

    /** Rounds half up only where a fractional factor multiplied validated points. */
    public static BigDecimal canonical(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.HALF_UP);
    }

    public static BigDecimal of(String value) {
        return canonical(new BigDecimal(value));
    }

    public static BigDecimal of(long value) {
        return canonical(BigDecimal.valueOf(value));
    }

    /** Whether a value has no more decimal places than points may have. */
    public static boolean fitsScale(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= SCALE;
    }

    public static BigDecimal min(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
