package cn.kaoping.web.lifecycle;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithParentName;

/**
 * How a service relates to the process that started it. The prefix is the property itself, so this
 * mapping claims no other {@code kaoping.*} name (a mapping of a bare {@code kaoping} prefix would make
 * every other {@code kaoping.*} property an unknown-property error at startup).
 */
@ConfigMapping(prefix = "kaoping.exit-with-parent")
public interface ParentProcessConfig {

    /**
     * {@code kaoping.exit-with-parent} (env {@code KAOPING_EXIT_WITH_PARENT}): stop when standard input
     * closes, i.e. when the launcher that started this service and holds the other end of the pipe dies.
     */
    @WithParentName
    @WithDefault("false")
    boolean enabled();
}
