package cn.kaoping.evaluation.casefile.submitting;

import static cn.kaoping.evaluation.support.CaseFileSnapshots.CASE_NUMBER;
import static cn.kaoping.evaluation.support.CaseFileSnapshots.CO_HANDLER;
import static cn.kaoping.evaluation.support.CaseFileSnapshots.FILE;
import static cn.kaoping.evaluation.support.CaseFileSnapshots.LEGAL_OFFICER;
import static cn.kaoping.evaluation.support.CaseFileSnapshots.PRIMARY_OFFICER;
import static cn.kaoping.evaluation.support.CaseFileSnapshots.SUBMISSION_DUE_ON;
import static cn.kaoping.evaluation.support.CaseFileSnapshots.UNIT;
import static cn.kaoping.evaluation.support.CaseFileSnapshots.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaoping.contracts.evaluation.CaseFileSubmitted;
import cn.kaoping.contracts.evaluation.EvaluationEvent;
import cn.kaoping.contracts.evaluation.ProcessPenalty;
import cn.kaoping.contracts.evaluation.ProcessPenaltyCode;
import cn.kaoping.contracts.evaluation.SubmissionOverdue;
import cn.kaoping.domain.DomainException;
import cn.kaoping.domain.RefusalKind;
import cn.kaoping.evaluation.casefile.CaseFileSnapshot;
import cn.kaoping.evaluation.deadline.BureauCalendar;
import cn.kaoping.evaluation.domain.ErrorCode;
import cn.kaoping.evaluation.rulebook.Rulebook;
import cn.kaoping.evaluation.support.CaseFileSnapshots;
import cn.kaoping.evaluation.support.TestRulebooks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** E2/E3 submission as a pure function: the file as it stands and the command in, the events out. */
class SubmissionDecisionTest {

    private final Rulebook rulebook = TestRulebooks.defaultRulebook();
    private final BureauCalendar calendar = BureauCalendar.shanghai();

    @Test
    void a_pre_reviewed_file_submitted_by_its_due_date_is_on_time_without_penalty() {
        List<EvaluationEvent> events = SubmissionDecision.decide(new SubmitCaseFile(FILE, LEGAL_OFFICER,
                at("2017-04-10T23:59")), CaseFileSnapshots.unsubmitted(1), rulebook, calendar);

        assertThat(events).containsExactly(new CaseFileSubmitted(FILE, CASE_NUMBER, UNIT, PRIMARY_OFFICER, 1,
                LocalDate.of(2017, 4, 10), false, List.of(), points("0"), null, LEGAL_OFFICER,
                at("2017-04-10T23:59")));
    }

    @Test
    void a_late_file_not_yet_marked_is_marked_overdue_first_and_counts_in_the_month_its_deadline_passed() {
        // overdue from 2017-04-11 00:00; on 2017-05-02 the 4th week has started (1 point each); never pre-reviewed: 2
        List<EvaluationEvent> events = SubmissionDecision.decide(new SubmitCaseFile(FILE, LEGAL_OFFICER,
                at("2017-05-02T10:00")), CaseFileSnapshots.unsubmitted(0), rulebook, calendar);

        assertThat(events).containsExactly(
                new SubmissionOverdue(FILE, CASE_NUMBER, UNIT, PRIMARY_OFFICER, List.of(CO_HANDLER),
                        SUBMISSION_DUE_ON, YearMonth.of(2017, 4), TestRulebooks.DEFAULT_VERSION,
                        List.of(new ProcessPenalty(ProcessPenaltyCode.MISSING, points("5"), 1)), points("5"),
                        points("95"), EvaluationEvent.SYSTEM_ACTOR, at("2017-05-02T10:00")),
                new CaseFileSubmitted(FILE, CASE_NUMBER, UNIT, PRIMARY_OFFICER, 1, LocalDate.of(2017, 5, 2), true,
                        List.of(new ProcessPenalty(ProcessPenaltyCode.LATE, points("4"), 4),
                                new ProcessPenalty(ProcessPenaltyCode.NO_PREREVIEW, points("2"), 1)),
                        points("6"), YearMonth.of(2017, 4), LEGAL_OFFICER, at("2017-05-02T10:00")));
    }

    @Test
    void the_file_as_it_stood_is_left_as_it_was() {
        CaseFileSnapshot before = CaseFileSnapshots.unsubmitted(0);
        CaseFileSnapshot copy = CaseFileSnapshots.unsubmitted(0);

        SubmissionDecision.decide(new SubmitCaseFile(FILE, LEGAL_OFFICER, at("2017-05-02T10:00")), before, rulebook,
                calendar);

        assertThat(before).isEqualTo(copy);
    }

    @Test
    void a_closed_file_is_not_submitted_again() {
        CaseFileSnapshot closed = CaseFileSnapshots.closed(CaseFileSnapshots.submittedOnTime());

        assertThatThrownBy(() -> SubmissionDecision.decide(new SubmitCaseFile(FILE, LEGAL_OFFICER,
                at("2017-04-06T10:00")), closed, rulebook, calendar))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(RefusalKind.STATE_CONFLICT);
                    assertThat(e.code()).isEqualTo(ErrorCode.CASE_FILE_CLOSED);
                });
    }

    @Test
    void marking_a_submitted_file_overdue_changes_nothing() {
        assertThat(SubmissionOverdueDecision.decide(new MarkSubmissionOverdue(FILE, at("2017-04-11T00:00")),
                CaseFileSnapshots.submittedOnTime(), rulebook, calendar)).isEmpty();
    }

    private static BigDecimal points(String value) {
        return new BigDecimal(value).setScale(1);
    }
}
