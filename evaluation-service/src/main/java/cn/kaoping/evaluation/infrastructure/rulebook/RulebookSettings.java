package cn.kaoping.evaluation.infrastructure.rulebook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code kaoping.rulebook.*}. */
@ConfigMapping(prefix = "kaoping.rulebook")
public interface RulebookSettings {

    /** Publish the shipped default rulebook at start when the event store does not hold it yet. */
    @WithDefault("true")
    boolean publishDefault();
}
