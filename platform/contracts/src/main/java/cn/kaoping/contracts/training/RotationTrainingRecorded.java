package cn.kaoping.contracts.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * 轮训: a regular rotation-training record of an officer (T4). The yearly minimum
 * (rotationTrainingDaysPerYear, 15 by default) is counted from {@code days}, not from the calendar span.
 * Subject: the officer id.
 *
 * @param course  the course, as people read it (e.g. 行政案件办理程序轮训班)
 * @param startOn first day (inclusive)
 * @param endOn   last day (inclusive)
 * @param days    training days credited by the record (half days allowed)
 */
public record RotationTrainingRecorded(
        String recordId,
        String officerId,
        String unitId,
        String course,
        LocalDate startOn,
        LocalDate endOn,
        BigDecimal days) implements TrainingEvent {

    public RotationTrainingRecorded {
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(officerId, "officerId");
        Objects.requireNonNull(unitId, "unitId");
    }

    @Override
    public String subject() {
        return officerId;
    }
}
