package cn.kaoping.runtime.projection;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code kaoping.projection.*}: the projection of other services' events that a service hosts. */
@ConfigMapping(prefix = "kaoping.projection")
public interface ProjectionSettings {

    /**
     * The consumer group, the key of the stored offsets and the suffix of the dead-letter topic
     * ({@code kaoping.dlt.<name>}). Changing it starts the projection from scratch.
     */
    @WithDefault("${quarkus.application.name}-projection")
    String name();

    /** Records per poll, hence per database transaction. */
    @WithDefault("500")
    int maxPollRecords();

    /** Off only for a drill or a test that drives the projection by hand. */
    @WithDefault("true")
    boolean enabled();
}
