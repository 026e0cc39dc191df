package cn.kaoping.evaluation.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaoping.contracts.evaluation.ProcessPenalty;
import cn.kaoping.contracts.evaluation.ProcessPenaltyCode;
import cn.kaoping.evaluation.support.TestRulebooks;
import cn.kaoping.evaluation.deadline.BureauCalendar;
import cn.kaoping.evaluation.deadline.Deadline;
import cn.kaoping.evaluation.rulebook.Rulebook;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProcessPenaltiesTest {

    private final Rulebook rulebook = TestRulebooks.defaultRulebook();
    private final BureauCalendar calendar = BureauCalendar.shanghai();
    /** Due on 2017-04-10, overdue from 2017-04-11 00:00 Beijing time. */
    private final Deadline deadline = new Deadline(LocalDate.of(2017, 4, 10),
            calendar.startOf(LocalDate.of(2017, 4, 11)));

    @ParameterizedTest(name = "{0} days late (submitted {1}): {2} points")
    @CsvSource({
            "1, 2017-04-11T00:00, 1",
            "7, 2017-04-17T23:59, 1",
            "8, 2017-04-18T00:00, 2",
            "14, 2017-04-24T12:00, 2",
            "15, 2017-04-25T08:00, 3",
            "35, 2017-05-15T08:00, 5",
            "36, 2017-05-16T08:00, 5",
            "300, 2018-02-04T08:00, 5",
    })
    void late_costs_one_point_per_started_week_after_the_due_date_at_most_five(int daysLate, String submittedAt,
                                                                                 String expected) {
        ProcessPenalty late = ProcessPenalties.late(rulebook, deadline,
                LocalDateTime.parse(submittedAt).atZone(calendar.zone()).toInstant(), calendar);
        assertThat(late.code()).isEqualTo(ProcessPenaltyCode.LATE);
        assertThat(late.points()).isEqualTo(Points.of(expected));
        assertThat(late.startedPeriods()).isEqualTo((daysLate + 6) / 7);
    }
}
