package cn.kaoping.incentive;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** incentive-service's own settings ({@code kaoping.incentive.*}). */
@ConfigMapping(prefix = "kaoping.incentive")
public interface IncentiveSettings {

    /** The yearly rotation-training minimum while no rulebook version has been received (PROCESS.md T4: 15). */
    @WithDefault("15")
    int rotationDaysDefault();
}
