package cn.kaoping.evaluation.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The bureau's calendar: dates, evaluation months and deadlines are counted in its time zone
 * (Asia/Shanghai by default). An injected resource of the aggregates, so that the domain never assumes the
 * JVM's zone.
 */
public record BureauCalendar(ZoneId zone) {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    public BureauCalendar {
        Objects.requireNonNull(zone, "zone");
    }

    public static BureauCalendar shanghai() {
        return new BureauCalendar(DEFAULT_ZONE);
    }

    public LocalDate dateOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    public YearMonth monthOf(Instant instant) {
        return YearMonth.from(instant.atZone(zone));
    }

    /** The first instant of a date. */
    public Instant startOf(LocalDate date) {
        return date.atStartOfDay(zone).toInstant();
    }
}
