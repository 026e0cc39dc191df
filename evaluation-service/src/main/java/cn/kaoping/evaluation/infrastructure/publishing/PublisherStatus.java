package cn.kaoping.evaluation.infrastructure.publishing;

import java.time.Duration;

/**
 * Where the publisher stands.
 *
 * @param position       the global index up to which the event store is published (the stored token; 0 before
 *                       the first event)
 * @param lag            events stored after {@code position}, not yet published (-1 when the database cannot tell)
 * @param running        the tracking processor runs in this instance (it may still leave its segment to another)
 * @param error          the processor of this instance is retrying after a failure
 * @param sinceProgress  how long the position has not moved while events waited (zero when none waits)
 * @param stuck          events wait and the position has not moved for longer than the configured limit
 */
public record PublisherStatus(long position, long lag, boolean running, boolean error, Duration sinceProgress,
                              boolean stuck) {
}
