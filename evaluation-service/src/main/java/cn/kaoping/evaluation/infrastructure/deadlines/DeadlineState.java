package cn.kaoping.evaluation.infrastructure.deadlines;

/** Where a deadline row stands. */
public enum DeadlineState {
    /** Running; the scheduler fires it once due. */
    OPEN,
    /** Passed: the overdue event was applied, or the scheduler's command found nothing left to do. */
    FIRED,
    /** Met or moot: the file was submitted, resubmitted or closed in time. */
    CANCELLED,
    /**
     * Its command failed {@code kaoping.deadlines.max-attempts} times: no longer retried until an ADMIN asks
     * ({@code POST /api/v1/deadlines/{id}/retry}); the last error is kept.
     */
    PARKED
}
