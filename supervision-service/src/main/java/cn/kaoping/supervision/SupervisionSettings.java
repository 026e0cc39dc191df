package cn.kaoping.supervision;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/** {@code kaoping.supervision.*}: the settings of tracking (S1) and accountability (S2). */
@ConfigMapping(prefix = "kaoping.supervision")
public interface SupervisionSettings {

    /** A tracking item without a rectification deadline is due this long after it opens (S1: one month). */
    @WithDefault("P1M")
    Period trackingDueAfter();

    /** Days of the officer's statement and defence period (陈述申辩) after the opinion is issued (S2: 5). */
    @WithDefault("5")
    int statementDays();

    /** How often the durable timers are polled. */
    @WithDefault("PT5S")
    Duration timerPollInterval();

    /**
     * The forms of liability a decision may name; absent: Order 138's other handlings and the disciplinary
     * sanctions ({@code cn.kaoping.supervision.accountability.LiabilityForms#DEFAULTS}).
     */
    Optional<List<Form>> liabilityForms();

    interface Form {
        String code();

        String name();

        /** ORDER_138 (其他处理) or DISCIPLINARY (处分). */
        String track();
    }
}
