package cn.kaoping.evaluation.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A deadline: {@code dueOn} is the last day on time; from {@code overdueAt} on, it has passed.
 */
public record Deadline(LocalDate dueOn, Instant overdueAt) {

    public Deadline {
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(overdueAt, "overdueAt");
    }

    public boolean hasPassedAt(Instant instant) {
        return !instant.isBefore(overdueAt);
    }
}
