package cn.kaoping.runtime.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneOffset;

/**
 * A service's one {@link Clock}: business code is handed the time (it never reads a clock itself), the edge and the
 * schedulers ask this one. Configured by {@link ClockSettings}.
 */
@ApplicationScoped
public class ServiceClock {

    @Produces
    @Singleton
    Clock clock(ClockSettings settings) {
        Clock clock = settings.fixedAt()
                .map(instant -> Clock.fixed(instant, ZoneOffset.UTC))
                .orElseGet(Clock::systemUTC);
        return settings.offset().map(offset -> Clock.offset(clock, offset)).orElse(clock);
    }
}
