package cn.kaoping.training;

import cn.kaoping.domain.DomainException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period as the brigade names it: a year ({@code 2026}), a half year ({@code 2026-H1}), a quarter
 * ({@code 2026-Q3}) or a month ({@code 2026-05}). Months from {@link #firstMonth()} to {@link #lastMonth()}.
 */
public record Period(String text, YearMonth firstMonth, YearMonth lastMonth) {

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?");

    /** Any of the four forms; a 400 naming {@code field} otherwise. */
    public static Period parse(String field, String value) {
        Matcher m = value == null ? null : FORM.matcher(value.strip());
        if (m == null || !m.matches()) {
            throw DomainException.invalidField(TrainingError.NOT_A_PERIOD, field, value);
        }
        int year = Integer.parseInt(m.group(1));
        String part = m.group(2);
        if (part == null) {
            return new Period(m.group(), YearMonth.of(year, 1), YearMonth.of(year, 12));
        }
        if (part.startsWith("H")) {
            int first = part.equals("H1") ? 1 : 7;
            return new Period(m.group(), YearMonth.of(year, first), YearMonth.of(year, first + 5));
        }
        if (part.startsWith("Q")) {
            int first = (part.charAt(1) - '1') * 3 + 1;
            return new Period(m.group(), YearMonth.of(year, first), YearMonth.of(year, first + 2));
        }
        YearMonth month = YearMonth.of(year, Integer.parseInt(part));
        return new Period(m.group(), month, month);
    }

    /** A selection period (T2): a year, half year or quarter; a 400 otherwise. */
    public static Period selection(String field, String value) {
        Period period = parse(field, value);
        if (period.firstMonth().equals(period.lastMonth())) {
            throw DomainException.invalidField(TrainingError.NOT_A_SELECTION_PERIOD, field, value);
        }
        return period;
    }

    /** The calendar quarter of a month ({@code 2026-Q2}). */
    public static Period quarterOf(YearMonth month) {
        return parse("month", month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1));
    }

    public static Period month(YearMonth month) {
        return new Period(month.toString(), month, month);
    }

    public LocalDate start() {
        return firstMonth.atDay(1);
    }

    public LocalDate end() {
        return lastMonth.atEndOfMonth();
    }

    public boolean contains(YearMonth month) {
        return !month.isBefore(firstMonth) && !month.isAfter(lastMonth);
    }

    @Override
    public String toString() {
        return text;
    }
}
