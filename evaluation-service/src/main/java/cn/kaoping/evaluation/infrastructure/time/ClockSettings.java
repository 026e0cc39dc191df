package cn.kaoping.evaluation.infrastructure.time;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code kaoping.clock.*}: what "now" is for the service (the instant stamped on every command, the deadline
 * scheduler's "as of"). The system clock unless set otherwise for a demo or a drill.
 */
@ConfigMapping(prefix = "kaoping.clock")
public interface ClockSettings {

    /** A fixed "now" (ISO instant, e.g. 2017-05-02T02:00:00Z): time stands still. */
    Optional<Instant> fixedAt();

    /** Shifts the clock by this much (an ISO duration, e.g. {@code -P400D}). */
    Optional<Duration> offset();
}
