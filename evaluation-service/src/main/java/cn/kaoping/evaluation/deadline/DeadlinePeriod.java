package cn.kaoping.evaluation.deadline;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A period of the rulebook, ISO-8601: a calendar period ("P1M", "P3D", "P1W"), counted in dates of the
 * bureau's calendar, or a duration ("PT30S"), counted from an instant; durations serve drills and tests.
 */
public final class DeadlinePeriod {

    private final String text;
    private final Period period;
    private final Duration duration;

    private DeadlinePeriod(String text, Period period, Duration duration) {
        this.text = text;
        this.period = period;
        this.duration = duration;
    }

    /**
     * @throws DateTimeParseException when the text is neither an ISO period nor an ISO duration
     * @throws IllegalArgumentException when it is not longer than zero
     */
    public static DeadlinePeriod parse(String text) {
        Objects.requireNonNull(text, "text");
        String trimmed = text.trim();
        DeadlinePeriod parsed = trimmed.toUpperCase().startsWith("PT")
                ? new DeadlinePeriod(trimmed, null, Duration.parse(trimmed))
                : new DeadlinePeriod(trimmed, Period.parse(trimmed), null);
        if (!parsed.isPositive()) {
            throw new IllegalArgumentException("not longer than zero: " + text);
        }
        return parsed;
    }

    private boolean isPositive() {
        if (duration != null) {
            return !duration.isZero() && !duration.isNegative();
        }
        return !period.isNegative() && !period.isZero();
    }

    /**
     * The deadline this period sets after a base event. A calendar period counts from the base date (the
     * due date is {@code baseDate + period}, overdue from the start of the next day); a duration counts
     * from the base instant.
     */
    public Deadline after(LocalDate baseDate, Instant baseInstant, BureauCalendar calendar) {
        if (duration != null) {
            Instant overdueAt = baseInstant.plus(duration);
            return new Deadline(calendar.dateOf(overdueAt), overdueAt);
        }
        LocalDate dueOn = baseDate.plus(period);
        return new Deadline(dueOn, calendar.startOf(dueOn.plusDays(1)));
    }

    /**
     * How many periods have started from {@code start} up to {@code end} (the first starts at {@code start}):
     * 1 for an {@code end} in [start, start + period), 2 in [start + period, start + 2 periods) …; 0 when
     * {@code end} is before {@code start}.
     */
    public long startedPeriods(Instant start, Instant end, BureauCalendar calendar) {
        if (end.isBefore(start)) {
            return 0;
        }
        if (duration != null) {
            return Duration.between(start, end).dividedBy(duration) + 1;
        }
        ZonedDateTime from = start.atZone(calendar.zone());
        long started = 1;
        while (!from.plus(period.multipliedBy(Math.toIntExact(started))).toInstant().isAfter(end)) {
            started++;
        }
        return started;
    }

    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DeadlinePeriod that && text.equals(that.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }
}
