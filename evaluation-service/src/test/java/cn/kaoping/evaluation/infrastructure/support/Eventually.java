package cn.kaoping.evaluation.infrastructure.support;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waits for something the service does on its own threads (publishing, firing deadlines). */
public final class Eventually {

    private Eventually() {
    }

    /** Polls until the value satisfies the condition; fails with the last value after the timeout. */
    public static <T> T await(Duration timeout, Supplier<T> value, Predicate<T> condition, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = value.get();
        while (!condition.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + timeout + ": " + what + "; last seen: " + last);
            }
            sleep(Duration.ofMillis(100));
            last = value.get();
        }
        return last;
    }

    public static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
