package cn.kaoping.evaluation.infrastructure.deadlines;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code kaoping.deadlines.*}: the deadline scheduler. */
@ConfigMapping(prefix = "kaoping.deadlines")
public interface DeadlineSettings {

    /** Whether this instance runs the scheduler (any number of instances may). */
    @WithDefault("true")
    boolean enabled();

    /** How often due deadlines are looked for. */
    @WithDefault("5s")
    Duration pollInterval();

    /** At most this many deadlines are claimed per poll. */
    @WithDefault("50")
    int batchSize();

    /**
     * A claimed deadline belongs to its instance for this long: if that instance dies before firing it, or the
     * command fails, another poll retries it after the lease.
     */
    @WithDefault("30s")
    Duration claimLease();

    /**
     * A deadline whose command failed this many times is parked (state PARKED, with its last error) instead of being
     * retried again; a claim that never reported back (its instance died) counts as an attempt too.
     */
    @WithDefault("10")
    int maxAttempts();

    /** The pause before the first retry of a failed command; it doubles with every further failure. */
    @WithDefault("30s")
    Duration retryBackoff();

    /** The longest pause between two attempts. */
    @WithDefault("1h")
    Duration maxRetryBackoff();

    /** How long one firing command may take. */
    @WithDefault("20s")
    Duration commandTimeout();
}
