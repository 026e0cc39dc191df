package cn.kaoping.runtime.time;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * "Now" for a request or a scheduler: the instant from the service clock ({@code kaoping.clock.*}) and the bureau's
 * date and month at it ({@code kaoping.bureau.time-zone}). Commands carry what it answers; business code never
 * reads a clock itself.
 */
@ApplicationScoped
public class Now {

    private final Clock clock;
    private final BureauSettings bureau;

    Now(Clock clock, BureauSettings bureau) {
        this.clock = clock;
        this.bureau = bureau;
    }

    public Instant instant() {
        return clock.instant();
    }

    public LocalDate today(Instant at) {
        return at.atZone(bureau.timeZone()).toLocalDate();
    }

    public LocalDate today() {
        return today(instant());
    }

    public java.time.YearMonth month() {
        return java.time.YearMonth.from(today());
    }
}
