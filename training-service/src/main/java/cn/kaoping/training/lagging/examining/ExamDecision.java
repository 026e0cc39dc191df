package cn.kaoping.training.lagging.examining;

import cn.kaoping.domain.DomainException;
import cn.kaoping.training.TrainingError;
import java.math.BigDecimal;

/**
 * T3 mock-case exam: a score of at least the pass mark is PASSED; below it, RETAKE while a retake is left, else
 * FAILED. PASSED and FAILED are final: no further attempt.
 */
public final class ExamDecision {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ExamDecision() {
    }

    public enum Outcome { PASSED, RETAKE, FAILED }

    public record Result(int attempt, BigDecimal score, Outcome outcome) {

        public boolean isFinal() {
            return outcome != Outcome.RETAKE;
        }
    }

    /**
     * @param attemptsSoFar attempts recorded before this one
     * @param lastOutcome   the outcome of the last attempt, or null
     */
    public static Result decide(BigDecimal score, int attemptsSoFar, Outcome lastOutcome, int passMark, int retakes) {
        if (score == null) {
            throw DomainException.invalidField(TrainingError.REQUIRED, "score");
        }
        if (score.signum() < 0 || score.compareTo(HUNDRED) > 0) {
            throw DomainException.invalidField(TrainingError.SCORE_OUT_OF_RANGE, "score", score.toPlainString());
        }
        if (lastOutcome != null && lastOutcome != Outcome.RETAKE) {
            throw DomainException.conflict(TrainingError.EXAM_FINISHED, lastOutcome.name());
        }
        int attempt = attemptsSoFar + 1;
        Outcome outcome = score.compareTo(BigDecimal.valueOf(passMark)) >= 0 ? Outcome.PASSED
                : attempt <= retakes ? Outcome.RETAKE : Outcome.FAILED;
        return new Result(attempt, score, outcome);
    }
}
