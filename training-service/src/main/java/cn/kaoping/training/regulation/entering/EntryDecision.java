package cn.kaoping.training.regulation.entering;

import cn.kaoping.domain.DomainException;
import cn.kaoping.domain.FieldError;
import cn.kaoping.training.TrainingError;
import cn.kaoping.training.regulation.Regulation;
import cn.kaoping.training.regulation.RegulationKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Checks an entry of the registry: every field but the summary is required; in force not before promulgation. */
public final class EntryDecision {

    private EntryDecision() {
    }

    public static Regulation decide(EnterRegulation c) {
        List<FieldError> errors = new ArrayList<>();
        required(errors, "title", c.title());
        required(errors, "documentNumber", c.documentNumber());
        required(errors, "issuer", c.issuer());
        RegulationKind kind = null;
        if (c.kind() == null || c.kind().isBlank()) {
            errors.add(FieldError.of("kind", TrainingError.REQUIRED));
        } else {
            try {
                kind = RegulationKind.valueOf(c.kind().strip());
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.of("kind", TrainingError.UNKNOWN_KIND, c.kind(),
                        Arrays.toString(RegulationKind.values())));
            }
        }
        if (c.promulgatedOn() == null) {
            errors.add(FieldError.of("promulgatedOn", TrainingError.REQUIRED));
        }
        if (c.effectiveOn() == null) {
            errors.add(FieldError.of("effectiveOn", TrainingError.REQUIRED));
        }
        if (c.promulgatedOn() != null && c.effectiveOn() != null && c.effectiveOn().isBefore(c.promulgatedOn())) {
            errors.add(FieldError.of("effectiveOn", TrainingError.END_BEFORE_START, c.effectiveOn(), c.promulgatedOn()));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(TrainingError.REQUIRED, errors);
        }
        return new Regulation(c.id(), c.title().strip(), c.documentNumber().strip(), c.issuer().strip(), kind,
                c.promulgatedOn(), c.effectiveOn(), c.summary() == null ? null : c.summary().strip(), c.at(),
                c.actorId());
    }

    static void required(List<FieldError> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(FieldError.of(field, TrainingError.REQUIRED));
        }
    }
}
