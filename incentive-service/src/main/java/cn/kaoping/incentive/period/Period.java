package cn.kaoping.incentive.period;

import cn.kaoping.domain.DomainException;
import cn.kaoping.incentive.IncentiveError;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 考核期: the period points are counted in, a month {@code 2026-12}, a quarter {@code 2026-Q4}, a half year
 * {@code 2026-H2} or a year {@code 2026}. A file counts in the period that holds its evaluation month.
 */
public record Period(String text, PeriodKind kind, YearMonth first, YearMonth last) {

    private static final Pattern FORM = Pattern.compile("^(\\d{4})(?:-(?:(\\d{2})|Q([1-4])|H([12])))?$");

    /** The period named by {@code text}; 400 INVALID_PERIOD naming {@code field} otherwise. */
    public static Period parse(String field, String text) {
        if (text == null || text.isBlank()) {
            throw DomainException.invalidField(IncentiveError.REQUIRED, field);
        }
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            throw DomainException.invalidField(IncentiveError.INVALID_PERIOD, field, text);
        }
        int year = Integer.parseInt(m.group(1));
        if (year < 2000 || year > 2100) {
            throw DomainException.invalidField(IncentiveError.INVALID_PERIOD, field, text);
        }
        String normal = text.strip();
        if (m.group(2) != null) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                throw DomainException.invalidField(IncentiveError.INVALID_PERIOD, field, text);
            }
            YearMonth ym = YearMonth.of(year, month);
            return new Period(normal, PeriodKind.MONTH, ym, ym);
        }
        if (m.group(3) != null) {
            int q = Integer.parseInt(m.group(3));
            return new Period(normal, PeriodKind.QUARTER, YearMonth.of(year, q * 3 - 2), YearMonth.of(year, q * 3));
        }
        if (m.group(4) != null) {
            int h = Integer.parseInt(m.group(4));
            return new Period(normal, PeriodKind.HALF_YEAR, YearMonth.of(year, h * 6 - 5), YearMonth.of(year, h * 6));
        }
        return new Period(normal, PeriodKind.YEAR, YearMonth.of(year, 1), YearMonth.of(year, 12));
    }

    public static Period parse(String text) {
        return parse("period", text);
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
