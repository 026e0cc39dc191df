package cn.kaoping.contracts.training;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * 模拟案件考试: the final outcome of a trainee's mock-case exam in a lagging-officer class (T3). A failed
 * first attempt with a retake left is not final and is not published. Subject: the officer id.
 *
 * @param score    the score of the last attempt (pass mark 80 by default)
 * @param attempts attempts taken, the retake included (1 or 2 by default)
 */
public record ExamOutcomeRecorded(
        String classId,
        String officerId,
        String unitId,
        BigDecimal score,
        int attempts,
        ExamOutcome outcome) implements TrainingEvent {

    public ExamOutcomeRecorded {
        Objects.requireNonNull(classId, "classId");
        Objects.requireNonNull(officerId, "officerId");
        Objects.requireNonNull(unitId, "unitId");
    }

    @Override
    public String subject() {
        return officerId;
    }
}
