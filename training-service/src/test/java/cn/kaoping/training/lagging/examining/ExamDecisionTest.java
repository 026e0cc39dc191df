package cn.kaoping.training.lagging.examining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaoping.domain.DomainException;
import cn.kaoping.domain.RefusalKind;
import cn.kaoping.training.TrainingError;
import cn.kaoping.training.lagging.examining.ExamDecision.Outcome;
import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** T3: pass mark 80, one retake (the defaults). */
class ExamDecisionTest {

    static ExamDecision.Result exam(String score, int before, Outcome last) {
        return ExamDecision.decide(new BigDecimal(score), before, last, 80, 1);
    }

    @Nested
    class First_attempt {
        @Test
        void eighty_passes() {
            assertThat(exam("80", 0, null)).isEqualTo(new ExamDecision.Result(1, new BigDecimal("80"), Outcome.PASSED));
        }

        @Test
        void below_the_pass_mark_leaves_the_retake() {
            assertThat(exam("79.5", 0, null).outcome()).isEqualTo(Outcome.RETAKE);
        }
    }

    @Nested
    class Retake {
        @Test
        void a_failed_retake_is_final() {
            ExamDecision.Result r = exam("60", 1, Outcome.RETAKE);
            assertThat(r.attempt()).isEqualTo(2);
            assertThat(r.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(r.isFinal()).isTrue();
        }

        @Test
        void a_passed_retake_passes() {
            assertThat(exam("85", 1, Outcome.RETAKE).outcome()).isEqualTo(Outcome.PASSED);
        }

        @Test
        void no_attempt_after_a_final_outcome() {
            assertThatThrownBy(() -> exam("90", 1, Outcome.PASSED)).isInstanceOf(DomainException.class)
                    .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo(TrainingError.EXAM_FINISHED))
                    .satisfies(e -> assertThat(((DomainException) e).kind()).isEqualTo(RefusalKind.STATE_CONFLICT));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.5", "100.5", "101"})
    void a_score_outside_0_to_100_is_refused(String score) {
        assertThatThrownBy(() -> exam(score, 0, null)).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo(TrainingError.SCORE_OUT_OF_RANGE));
    }
}
