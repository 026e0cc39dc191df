package cn.kaoping.training.lagging.enrolling;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The brigade opens a 后进民警培训班 with its trainees. */
public record OpenClass(String id, String title, LocalDate startsOn, LocalDate endsOn, List<String> traineeIds,
                        String actorId, Instant at) {

    public OpenClass {
        traineeIds = traineeIds == null ? List.of() : traineeIds;
    }
}
