package cn.kaoping.evaluation.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class DeadlinePeriodTest {

    private final BureauCalendar calendar = BureauCalendar.shanghai();

    @Test
    void a_calendar_period_is_due_on_the_date_it_reaches_and_overdue_from_the_next_day_in_the_bureau_zone() {
        Deadline deadline = DeadlinePeriod.parse("P1M")
                .after(LocalDate.of(2017, 3, 10), Instant.parse("2017-03-12T02:00:00Z"), calendar);
        assertThat(deadline.dueOn()).isEqualTo(LocalDate.of(2017, 4, 10));
        assertThat(deadline.overdueAt()).isEqualTo(Instant.parse("2017-04-10T16:00:00Z"));
        assertThat(deadline.hasPassedAt(Instant.parse("2017-04-10T15:59:59Z"))).isFalse();
        assertThat(deadline.hasPassedAt(Instant.parse("2017-04-10T16:00:00Z"))).isTrue();
    }

    @Test
    void a_duration_counts_from_the_instant_of_the_base_event() {
        Deadline deadline = DeadlinePeriod.parse("PT30S")
                .after(LocalDate.of(2017, 3, 10), Instant.parse("2017-03-12T02:00:00Z"), calendar);
        assertThat(deadline.overdueAt()).isEqualTo(Instant.parse("2017-03-12T02:00:30Z"));
        assertThat(deadline.dueOn()).isEqualTo(LocalDate.of(2017, 3, 12));
    }

    @Test
    void started_periods_count_the_first_from_its_start() {
        DeadlinePeriod week = DeadlinePeriod.parse("P7D");
        Instant start = Instant.parse("2017-04-10T16:00:00Z");
        assertThat(week.startedPeriods(start, start.minusSeconds(1), calendar)).isZero();
        assertThat(week.startedPeriods(start, start, calendar)).isEqualTo(1);
        assertThat(week.startedPeriods(start, start.plusSeconds(7 * 86400 - 1), calendar)).isEqualTo(1);
        assertThat(week.startedPeriods(start, start.plusSeconds(7 * 86400), calendar)).isEqualTo(2);
        assertThat(DeadlinePeriod.parse("PT30S").startedPeriods(start, start.plusSeconds(61), calendar)).isEqualTo(3);
    }

    @Test
    void anything_but_a_positive_iso_period_or_duration_is_refused() {
        assertThatThrownBy(() -> DeadlinePeriod.parse("one month")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> DeadlinePeriod.parse("P0D")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DeadlinePeriod.parse("-P1M")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DeadlinePeriod.parse("PT0S")).isInstanceOf(IllegalArgumentException.class);
    }
}
