package cn.kaoping.publicity.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waiting for what the consumer does in its own time (events reach the projection asynchronously). */
public final class Await {

    public static final Duration DEFAULT = Duration.ofSeconds(30);

    private Await() {
    }

    public static void until(String what, BooleanSupplier condition) {
        until(what, DEFAULT, condition);
    }

    public static void until(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (condition.getAsBoolean()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout + " waiting for: " + what);
            }
            sleep(100);
        }
    }

    /** Polls until the value satisfies the condition; returns the last value seen. */
    public static <T> T value(String what, Supplier<T> value, java.util.function.Predicate<T> condition) {
        Object[] last = new Object[1];
        until(what, () -> {
            T current = value.get();
            last[0] = current;
            return condition.test(current);
        });
        @SuppressWarnings("unchecked")
        T result = (T) last[0];
        return result;
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
