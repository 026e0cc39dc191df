package cn.kaoping.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 期间: a period of the bureau's calendar as the brigade names it: a month ({@code 2026-12}), a quarter
 * ({@code 2026-Q4}), a half year ({@code 2026-H2}) or a year ({@code 2026}); the months from {@link #first()} to
 * {@link #last()}. Lists, rankings, points and selections are all counted in such periods, by one reading of them.
 */
public record Period(String text, Kind kind, YearMonth first, YearMonth last) {

    /** The four forms. */
    public enum Kind { MONTH, QUARTER, HALF_YEAR, YEAR }

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(?:(\\d{2})|Q([1-4])|H([12])))?");

    /** The period a text names, if it names one (a four-digit year from 1900). */
    public static Optional<Period> of(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String normal = text.strip();
        Matcher m = FORM.matcher(normal);
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        if (year < 1900) {
            return Optional.empty();
        }
        if (m.group(2) != null) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                return Optional.empty();
            }
            return Optional.of(month(YearMonth.of(year, month)));
        }
        if (m.group(3) != null) {
            int q = Integer.parseInt(m.group(3));
            return Optional.of(new Period(normal, Kind.QUARTER, YearMonth.of(year, q * 3 - 2), YearMonth.of(year, q * 3)));
        }
        if (m.group(4) != null) {
            int h = Integer.parseInt(m.group(4));
            return Optional.of(new Period(normal, Kind.HALF_YEAR, YearMonth.of(year, h * 6 - 5), YearMonth.of(year, h * 6)));
        }
        return Optional.of(new Period(normal, Kind.YEAR, YearMonth.of(year, 1), YearMonth.of(year, 12)));
    }

    /**
     * The period named by the input field {@code field}: 400 {@code whenMissing} when it is absent, 400
     * {@code whenInvalid} (with the text) when it names none.
     */
    public static Period parse(String field, String text, ErrorCode whenMissing, ErrorCode whenInvalid) {
        if (text == null || text.isBlank()) {
            throw DomainException.invalidField(whenMissing, field);
        }
        return of(text).orElseThrow(() -> DomainException.invalidField(whenInvalid, field, text));
    }

    public static Period month(YearMonth month) {
        return new Period(month.toString(), Kind.MONTH, month, month);
    }

    /** The calendar quarter of a month ({@code 2026-Q2}). */
    public static Period quarterOf(YearMonth month) {
        int q = (month.getMonthValue() - 1) / 3 + 1;
        return new Period(month.getYear() + "-Q" + q, Kind.QUARTER, YearMonth.of(month.getYear(), q * 3 - 2),
                YearMonth.of(month.getYear(), q * 3));
    }

    public LocalDate firstDay() {
        return first.atDay(1);
    }

    public LocalDate lastDay() {
        return last.atEndOfMonth();
    }

    public int year() {
        return first.getYear();
    }

    public boolean contains(YearMonth month) {
        return !month.isBefore(first) && !month.isAfter(last);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(firstDay()) && !day.isAfter(lastDay());
    }

    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    @Override
    public String toString() {
        return text;
    }
}
