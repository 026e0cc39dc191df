package cn.kaoping.training;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code kaoping.training.*}: the settings of training-service that several features read. */
@ConfigMapping(prefix = "kaoping.training")
public interface TrainingSettings {

    /** T2: the panel picks at most this many best and this many worst files. */
    @WithDefault("10")
    int selectionSize();

    /** T3: mock-case exam pass mark (0–100). */
    @WithDefault("80")
    int examPassMark();

    /** T3: retakes allowed after a failed first attempt. */
    @WithDefault("1")
    int examRetakes();

    /** T1: a unit must relay a held meeting within this many days. */
    @WithDefault("P7D")
    Duration relayWithin();

    /** Used while no rulebook version is known: T3 problem files per quarter. */
    @WithDefault("3")
    int defaultLaggingProblemFilesPerQuarter();

    /** Used while no rulebook version is known: T4 rotation-training days per year. */
    @WithDefault("15")
    int defaultRotationTrainingDaysPerYear();
}
