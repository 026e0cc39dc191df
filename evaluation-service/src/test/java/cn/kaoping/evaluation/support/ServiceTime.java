package cn.kaoping.evaluation.support;

import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Waits for an instant to pass on the service's clock (a drill period of seconds running out). */
public final class ServiceTime {

    private ServiceTime() {
    }

    /** Until the service clock is past the instant. */
    public static void awaitPast(Clock clock, Instant instant) {
        Duration left = Duration.between(clock.instant(), instant);
        Duration atMost = (left.isNegative() ? Duration.ZERO : left).plusSeconds(5);
        await("the service clock past " + instant).atMost(atMost).until(() -> clock.instant().isAfter(instant));
    }
}
