package cn.kaoping.evaluation.infrastructure.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** "Now" is the system clock, unless configured fixed (demos, tests) or shifted (drills). */
class ServiceClockTest {

    private static ClockSettings settings(Instant fixedAt, Duration offset) {
        return new ClockSettings() {
            @Override
            public Optional<Instant> fixedAt() {
                return Optional.ofNullable(fixedAt);
            }

            @Override
            public Optional<Duration> offset() {
                return Optional.ofNullable(offset);
            }
        };
    }

    @Test
    void by_default_now_is_the_system_time() {
        Clock clock = new ServiceClock().clock(settings(null, null));
        assertThat(Duration.between(Instant.now(), clock.instant()).abs()).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void a_fixed_instant_stands_still_and_an_offset_shifts_it() {
        Instant fixed = Instant.parse("2017-05-02T02:00:00Z");
        assertThat(new ServiceClock().clock(settings(fixed, null)).instant()).isEqualTo(fixed);
        assertThat(new ServiceClock().clock(settings(fixed, Duration.ofDays(-30))).instant())
                .isEqualTo(Instant.parse("2017-04-02T02:00:00Z"));
    }
}
