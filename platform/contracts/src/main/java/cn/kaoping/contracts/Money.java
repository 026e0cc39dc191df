package cn.kaoping.contracts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Amounts of money in event contracts: yuan to the cent, always with exactly two decimals.
 *
 * <p>A money component is a {@link BigDecimal} annotated {@code @JsonFormat(shape = JsonFormat.Shape.STRING)}
 * and normalised by {@link #yuan} in the record's compact constructor. It travels as a JSON <b>string</b>
 * ({@code "60396.04"}), so that no reader parses it into a binary floating-point number and loses a cent;
 * its JSON Schema is a string matching {@link #PATTERN}. Points and other figures stay JSON numbers.
 */
public final class Money {

    /** JSON Schema pattern of an amount: {@code 1234.56}, {@code -0.50}, {@code 0.00}. */
    public static final String PATTERN = "^-?[0-9]+\\.[0-9]{2}$";
    /** Decimals of an amount (cents). */
    public static final int SCALE = 2;

    private Money() {
    }

    /**
     * The amount with exactly two decimals ({@code 100} → {@code 100.00}); an amount finer than a cent is
     * not money and is rejected rather than rounded.
     *
     * @param what the component, for the error message
     */
    public static BigDecimal yuan(BigDecimal amount, String what) {
        Objects.requireNonNull(amount, what);
        try {
            return amount.setScale(SCALE, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(what + " must be in yuan to the cent (2 decimals), not " + amount, e);
        }
    }
}
