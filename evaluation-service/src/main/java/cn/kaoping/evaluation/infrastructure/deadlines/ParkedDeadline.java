package cn.kaoping.evaluation.infrastructure.deadlines;

import cn.kaoping.evaluation.deadline.DeadlineKind;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A deadline whose command failed {@code kaoping.deadlines.max-attempts} times and is no longer retried by itself.
 *
 * @param id        {@code <caseFileId>:<kind>}, what {@code POST /api/v1/deadlines/{id}/retry} takes
 * @param attempts  how many times its command was tried
 * @param lastError the last failure, as the scheduler saw it
 */
public record ParkedDeadline(String id, String caseFileId, String caseNumber, DeadlineKind kind, LocalDate dueOn,
                             Instant dueAt, String unitId, int attempts, String lastError, Instant parkedAt) {
}
