package cn.kaoping.evaluation.casefile.reviewing;

import static cn.kaoping.evaluation.support.CaseFileSnapshots.BRIGADE;
import static cn.kaoping.evaluation.support.CaseFileSnapshots.FILE;
import static cn.kaoping.evaluation.support.CaseFileSnapshots.REVIEWER;
import static cn.kaoping.evaluation.support.CaseFileSnapshots.UNIT;
import static cn.kaoping.evaluation.support.CaseFileSnapshots.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaoping.contracts.evaluation.CaseFileClosed;
import cn.kaoping.contracts.evaluation.CaseFileReviewed;
import cn.kaoping.contracts.evaluation.ClosingReason;
import cn.kaoping.contracts.evaluation.EvaluationEvent;
import cn.kaoping.contracts.evaluation.Grade;
import cn.kaoping.domain.DomainException;
import cn.kaoping.domain.FieldError;
import cn.kaoping.domain.RefusalKind;
import cn.kaoping.evaluation.deadline.BureauCalendar;
import cn.kaoping.evaluation.domain.ErrorCode;
import cn.kaoping.evaluation.rulebook.Rulebook;
import cn.kaoping.evaluation.scoring.FindingInput;
import cn.kaoping.evaluation.support.CaseFileSnapshots;
import cn.kaoping.evaluation.support.TestRulebooks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** E4/E5 round one as a pure function: the file as it stands and the card in, the events out. */
class ReviewDecisionTest {

    private final Rulebook rulebook = TestRulebooks.defaultRulebook();
    private final BureauCalendar calendar = BureauCalendar.shanghai();

    @Test
    void a_card_without_findings_closes_the_evaluation_at_once() {
        List<EvaluationEvent> events = ReviewDecision.decide(ReviewCaseFile.roundOne(FILE, List.of(), REVIEWER,
                BRIGADE, at("2017-04-20T15:00")), CaseFileSnapshots.submittedOnTime(), rulebook, calendar);

        assertThat(events).hasSize(2);
        CaseFileReviewed reviewed = (CaseFileReviewed) events.get(0);
        assertThat(reviewed.round()).isEqualTo(1);
        assertThat(reviewed.reviewedOn()).isEqualTo(LocalDate.of(2017, 4, 20));
        assertThat(reviewed.evaluationMonth()).isEqualTo(YearMonth.of(2017, 4));
        assertThat(reviewed.rectificationDueOn()).as("nothing to rectify").isNull();
        assertThat(reviewed.card().score()).isEqualByComparingTo(new BigDecimal("100"));
        CaseFileClosed closed = (CaseFileClosed) events.get(1);
        assertThat(closed.reason()).isEqualTo(ClosingReason.NO_FINDINGS_IN_ROUND_ONE);
        assertThat(closed.grade()).isEqualTo(Grade.EXCELLENT);
        assertThat(closed.evaluationMonth()).isEqualTo(YearMonth.of(2017, 4));
    }

    @Test
    void a_reviewer_of_the_files_own_unit_is_refused() {
        assertThatThrownBy(() -> ReviewDecision.decide(ReviewCaseFile.roundOne(FILE, List.of(), REVIEWER, UNIT,
                at("2017-04-20T15:00")), CaseFileSnapshots.submittedOnTime(), rulebook, calendar))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(RefusalKind.NOT_PERMITTED);
                    assertThat(e.code()).isEqualTo(ErrorCode.REVIEWER_OF_OWN_UNIT);
                });
    }

    @Test
    void every_field_at_fault_is_named_at_once() {
        ReviewCaseFile command = new ReviewCaseFile(FILE, List.of(new FindingInput("NO-SUCH-ITEM", null, null)),
                List.of("R1-1"), List.of(), REVIEWER, BRIGADE, at("2017-04-20T15:00"));

        assertThatThrownBy(() -> ReviewDecision.decide(command, CaseFileSnapshots.submittedOnTime(), rulebook,
                calendar))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(RefusalKind.INVALID_INPUT);
                    assertThat(e.fieldErrors()).extracting(FieldError::field, FieldError::code).containsExactly(
                            org.assertj.core.groups.Tuple.tuple("rectifiedFindingIds",
                                    ErrorCode.NOTHING_TO_MARK_IN_ROUND_ONE),
                            org.assertj.core.groups.Tuple.tuple("findings[0].itemCode",
                                    ErrorCode.UNKNOWN_RULEBOOK_ITEM));
                });
    }

    @Test
    void a_file_not_yet_submitted_is_not_reviewed() {
        assertThatThrownBy(() -> ReviewDecision.decide(ReviewCaseFile.roundOne(FILE, List.of(), REVIEWER, BRIGADE,
                at("2017-04-20T15:00")), CaseFileSnapshots.unsubmitted(1), rulebook, calendar))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.CASE_FILE_NOT_SUBMITTED));
    }
}
