package cn.kaoping.evaluation.query.statistics;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;

/** {@code kaoping.statistics.consistency.*}: when a reviewer's use of an item departs from the others'. */
@ConfigMapping(prefix = "kaoping.statistics.consistency")
public interface ConsistencySettings {

    /** A reviewer departs when his rate is more than this many times the others' rate, or less than its 1/ratio. */
    @WithDefault("2")
    BigDecimal ratio();

    /** … and only once he reviewed at least this many files in the period (fewer say nothing). */
    @WithDefault("20")
    int minFiles();
}
