package cn.kaoping.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

    @ParameterizedTest
    @CsvSource({"2026-12, MONTH, 2026-12, 2026-12", "2026-Q4, QUARTER, 2026-10, 2026-12",
        "2026-Q1, QUARTER, 2026-01, 2026-03", "2026-H1, HALF_YEAR, 2026-01, 2026-06",
        "2026-H2, HALF_YEAR, 2026-07, 2026-12", "2026, YEAR, 2026-01, 2026-12", "' 2026-05 ', MONTH, 2026-05, 2026-05"})
    void the_four_forms_name_their_months(String text, Period.Kind kind, String first, String last) {
        Period period = Period.of(text).orElseThrow();
        assertThat(period.kind()).isEqualTo(kind);
        assertThat(period.first()).isEqualTo(YearMonth.parse(first));
        assertThat(period.last()).isEqualTo(YearMonth.parse(last));
        assertThat(period.text()).isEqualTo(text.strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2026-13", "2026-00", "2026-Q5", "2026-H3", "26-Q1", "1899", "20260", "2026-q1", "2026-05-01"})
    void anything_else_names_no_period(String text) {
        assertThat(Period.of(text)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void a_quarter_holds_its_days_and_months() {
        Period q2 = Period.quarterOf(YearMonth.of(2026, 5));
        assertThat(q2.text()).isEqualTo("2026-Q2");
        assertThat(q2.firstDay()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(q2.lastDay()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(q2.contains(YearMonth.of(2026, 6))).isTrue();
        assertThat(q2.contains(LocalDate.of(2026, 7, 1))).isFalse();
        assertThat(q2.months()).hasSize(3);
    }
}
