package cn.kaoping.training.rotation.recording;

import cn.kaoping.domain.FieldError;
import cn.kaoping.training.TrainingError;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * T4: a record names a known officer (of the caller's unit when a legal officer enters it), a course, its first and
 * last day in order, and the days it credits: more than 0, in half days, at most the calendar days it spans.
 */
public final class RecordingDecision {

    private static final BigDecimal HALF = new BigDecimal("0.5");

    private RecordingDecision() {
    }

    /**
     * @param prefix      field prefix of the errors ("" for a single record, "row 3: " style for a sheet)
     * @param officerUnit the officer's unit, null when he is unknown
     * @param callerUnit  the legal officer's unit, null when the caller sees every unit
     */
    public static List<FieldError> check(String prefix, RecordTraining r, String officerUnit, String callerUnit) {
        List<FieldError> errors = new ArrayList<>();
        if (r.officerId() == null || r.officerId().isBlank()) {
            errors.add(FieldError.of(prefix + "officerId", TrainingError.REQUIRED));
        } else if (officerUnit == null) {
            errors.add(FieldError.of(prefix + "officerId", TrainingError.UNKNOWN_OFFICER, r.officerId()));
        } else if (callerUnit != null && !callerUnit.equals(officerUnit)) {
            errors.add(FieldError.of(prefix + "officerId", TrainingError.OFFICER_NOT_OF_UNIT, r.officerId()));
        }
        if (r.course() == null || r.course().isBlank()) {
            errors.add(FieldError.of(prefix + "course", TrainingError.REQUIRED));
        }
        if (r.startsOn() == null) {
            errors.add(FieldError.of(prefix + "startsOn", TrainingError.REQUIRED));
        }
        if (r.endsOn() == null) {
            errors.add(FieldError.of(prefix + "endsOn", TrainingError.REQUIRED));
        }
        boolean datesOk = r.startsOn() != null && r.endsOn() != null;
        if (datesOk && r.endsOn().isBefore(r.startsOn())) {
            errors.add(FieldError.of(prefix + "endsOn", TrainingError.END_BEFORE_START, r.endsOn(), r.startsOn()));
            datesOk = false;
        }
        if (r.days() == null) {
            errors.add(FieldError.of(prefix + "days", TrainingError.REQUIRED));
        } else if (r.days().signum() <= 0) {
            errors.add(FieldError.of(prefix + "days", TrainingError.DAYS_NOT_POSITIVE, r.days().toPlainString()));
        } else if (r.days().remainder(HALF).signum() != 0) {
            errors.add(FieldError.of(prefix + "days", TrainingError.DAYS_NOT_HALVES, r.days().toPlainString()));
        } else if (datesOk) {
            long span = ChronoUnit.DAYS.between(r.startsOn(), r.endsOn()) + 1;
            if (r.days().compareTo(BigDecimal.valueOf(span)) > 0) {
                errors.add(FieldError.of(prefix + "days", TrainingError.DAYS_ABOVE_SPAN, r.days().toPlainString(),
                        span));
            }
        }
        return errors;
    }

    /** The units of the officers named (unknown ones are absent). */
    public interface Units {
        String of(String officerId);
    }

    public static List<FieldError> checkAll(List<RecordTraining> records, List<String> prefixes, Units units,
                                            String callerUnit) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            RecordTraining r = records.get(i);
            errors.addAll(check(prefixes.get(i), r, r.officerId() == null ? null : units.of(r.officerId()),
                    callerUnit));
        }
        return errors;
    }

}
