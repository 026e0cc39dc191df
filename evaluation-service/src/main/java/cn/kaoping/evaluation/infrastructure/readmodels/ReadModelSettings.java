package cn.kaoping.evaluation.infrastructure.readmodels;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code kaoping.read-models.*}: rebuilding the synchronous read models. */
@ConfigMapping(prefix = "kaoping.read-models")
public interface ReadModelSettings {

    /**
     * How long a rebuild's one transaction may run before it is rolled back (commands wait for it meanwhile):
     * well above the time a replay of the whole event store takes.
     */
    @WithDefault("10m")
    Duration rebuildTimeout();
}
