package cn.kaoping.runtime.time;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code kaoping.clock.*}: what "now" is for a service (the instant stamped on every command and decision, what a
 * scheduler asks is due). The system clock unless set otherwise for a demo or a drill; every service reads the same
 * keys, so a drill shifts the whole suite at once.
 */
@ConfigMapping(prefix = "kaoping.clock")
public interface ClockSettings {

    /** A fixed "now" (ISO instant, e.g. 2017-05-02T02:00:00Z): time stands still. */
    Optional<Instant> fixedAt();

    /** Shifts the clock by this much (an ISO duration, e.g. {@code -P400D}). */
    Optional<Duration> offset();
}
