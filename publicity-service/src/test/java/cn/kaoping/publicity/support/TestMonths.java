package cn.kaoping.publicity.support;

import java.time.YearMonth;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Months no other test (and, with external servers kept between runs, no earlier run) uses: a random year far
 * ahead, then one month after another. Tests must not share months, since lists are per month.
 */
public final class TestMonths {

    private static final YearMonth START = YearMonth.of(ThreadLocalRandom.current().nextInt(3000, 8000), 1);
    private static final AtomicInteger NEXT = new AtomicInteger();

    private TestMonths() {
    }

    /** A fresh month, with the following {@code spare} months left unused (for events of later months). */
    public static synchronized YearMonth fresh(int spare) {
        int offset = NEXT.getAndAdd(1 + spare);
        return START.plusMonths(offset);
    }

    public static YearMonth fresh() {
        return fresh(1);
    }
}
