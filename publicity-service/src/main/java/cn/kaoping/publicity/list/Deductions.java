package cn.kaoping.publicity.list;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The arithmetic of the lists: two decimals, HALF_UP. */
public final class Deductions {

    public static final int SCALE = 2;

    private Deductions() {
    }

    /** total / files, two decimals HALF_UP; 0.00 without files. */
    public static BigDecimal average(BigDecimal total, int files) {
        if (files == 0) {
            return BigDecimal.ZERO.setScale(SCALE);
        }
        return total.divide(BigDecimal.valueOf(files), SCALE, RoundingMode.HALF_UP);
    }

    /** part / whole as a share 0..1 with four decimals (HALF_UP); 0 when whole is 0. */
    public static BigDecimal share(int part, int whole) {
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(4);
        }
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    public static BigDecimal amount(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.HALF_UP);
    }
}
