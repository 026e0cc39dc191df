package cn.kaoping.evaluation.infrastructure.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneOffset;

/**
 * The service's one {@link Clock}: commands are stamped with it (the domain never reads a clock itself), and
 * the deadline scheduler asks it what is due. Configured by {@link ClockSettings}.
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
