package cn.kaoping.supervision.rest;

import cn.kaoping.runtime.time.BureauSettings;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** The instant and the bureau's date of a request, from the injected clock: commands carry them. */
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
}
