package cn.kaoping.evaluation.support;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waits for what the service does on its own threads (deadlines firing, events reaching Kafka). */
public final class Eventually {

    /** Short: the publication test must catch the publisher in the middle of a backlog of a few batches. */
    private static final Duration POLL = Duration.ofMillis(100);

    private Eventually() {
    }

    /** Polls until the value satisfies the condition; fails with the last value after the timeout. */
    public static <T> T await(Duration timeout, Supplier<T> value, Predicate<T> condition, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = value.get();
        while (!condition.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + timeout + ": " + what + "; last seen: " + last);
            }
            sleep(POLL);
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
