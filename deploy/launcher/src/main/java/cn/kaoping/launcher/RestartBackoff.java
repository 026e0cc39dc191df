package cn.kaoping.launcher;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * When a child that died may be started again: after a second, then twice as long each time it dies again soon (at
 * most a minute), so that a crash loop neither spins nor gives up; a child that ran for five minutes since its last
 * start begins again at a second.
 */
final class RestartBackoff {

    static final Duration FIRST = Duration.ofSeconds(1);
    static final Duration MAX = Duration.ofMinutes(1);
    static final Duration STABLE = Duration.ofMinutes(5);

    private final LongSupplier nanoTime;
    private Duration next = FIRST;
    private long startedAt;
    private long dueAt = -1;
    private int restarts;

    RestartBackoff() {
        this(System::nanoTime);
    }

    RestartBackoff(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        this.startedAt = nanoTime.getAsLong();
    }

    /** Whether a restart is already planned (the death was noticed). */
    boolean pending() {
        return dueAt >= 0;
    }

    /** The child was found dead: plans its restart and returns the pause before it. */
    Duration died() {
        long now = nanoTime.getAsLong();
        if (now - startedAt >= STABLE.toNanos()) {
            next = FIRST;
        }
        Duration pause = next;
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(MAX) > 0 ? MAX : doubled;
        dueAt = now + pause.toNanos();
        return pause;
    }

    boolean due() {
        return pending() && nanoTime.getAsLong() >= dueAt;
    }

    /** The child runs again; returns how many times it was restarted. */
    int restarted() {
        dueAt = -1;
        startedAt = nanoTime.getAsLong();
        return ++restarts;
    }
}
