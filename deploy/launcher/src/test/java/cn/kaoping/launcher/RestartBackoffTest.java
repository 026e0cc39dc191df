package cn.kaoping.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RestartBackoffTest {

    private final AtomicLong now = new AtomicLong();
    private final RestartBackoff backoff = new RestartBackoff(now::get);

    private void pass(Duration d) {
        now.addAndGet(d.toNanos());
    }

    @Test
    void a_child_that_keeps_dying_waits_twice_as_long_each_time_up_to_a_minute() {
        Duration[] pauses = new Duration[9];
        for (int i = 0; i < pauses.length; i++) {
            pauses[i] = backoff.died();
            assertThat(backoff.due()).isFalse();
            pass(pauses[i]);
            assertThat(backoff.due()).isTrue();
            backoff.restarted();
            pass(Duration.ofSeconds(3));
        }
        assertThat(pauses).extracting(Duration::toSeconds).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L);
    }

    @Test
    void a_child_that_ran_for_five_minutes_starts_over_at_one_second() {
        backoff.died();
        pass(Duration.ofSeconds(1));
        backoff.restarted();
        pass(Duration.ofSeconds(1));
        assertThat(backoff.died()).isEqualTo(Duration.ofSeconds(2));
        pass(Duration.ofSeconds(2));
        backoff.restarted();

        pass(Duration.ofMinutes(5));
        assertThat(backoff.died()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void restarts_are_counted() {
        backoff.died();
        pass(Duration.ofSeconds(1));
        assertThat(backoff.restarted()).isEqualTo(1);
        backoff.died();
        pass(Duration.ofSeconds(2));
        assertThat(backoff.restarted()).isEqualTo(2);
    }
}
