package cn.kaoping.training.lagging.enrolling;

import cn.kaoping.domain.DomainException;
import cn.kaoping.domain.FieldError;
import cn.kaoping.training.TrainingError;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** T3: a class has a title, dates in order and at least one trainee, each a known officer listed once. */
public final class EnrolmentDecision {

    private EnrolmentDecision() {
    }

    public static void check(OpenClass c, Set<String> knownOfficers) {
        List<FieldError> errors = new ArrayList<>();
        if (c.title() == null || c.title().isBlank()) {
            errors.add(FieldError.of("title", TrainingError.REQUIRED));
        }
        if (c.startsOn() == null) {
            errors.add(FieldError.of("startsOn", TrainingError.REQUIRED));
        }
        if (c.endsOn() == null) {
            errors.add(FieldError.of("endsOn", TrainingError.REQUIRED));
        }
        if (c.startsOn() != null && c.endsOn() != null && c.endsOn().isBefore(c.startsOn())) {
            errors.add(FieldError.of("endsOn", TrainingError.END_BEFORE_START, c.endsOn(), c.startsOn()));
        }
        if (c.traineeIds().isEmpty()) {
            errors.add(FieldError.of("traineeIds", TrainingError.REQUIRED));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < c.traineeIds().size(); i++) {
            String id = c.traineeIds().get(i);
            String field = "traineeIds[" + i + "]";
            if (id == null || !knownOfficers.contains(id)) {
                errors.add(FieldError.of(field, TrainingError.UNKNOWN_OFFICER, id));
            } else if (!seen.add(id)) {
                errors.add(FieldError.of(field, TrainingError.LISTED_TWICE, id));
            }
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(TrainingError.REQUIRED, errors);
        }
    }
}
