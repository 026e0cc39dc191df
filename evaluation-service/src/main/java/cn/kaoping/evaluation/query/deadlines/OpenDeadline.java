package cn.kaoping.evaluation.query.deadlines;

import cn.kaoping.evaluation.deadline.DeadlineKind;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A deadline that is still running.
 *
 * @param dueOn the last day on time (bureau's calendar)
 * @param dueAt the instant from which it has passed
 */
public record OpenDeadline(String caseFileId, String caseNumber, DeadlineKind kind, LocalDate dueOn, Instant dueAt,
                           String unitId) {
}
