package cn.kaoping.web.problem;

import java.util.List;

/**
 * 400: the request breaks a rule of its content. With field violations, code {@code VALIDATION_FAILED}
 * and one entry in {@code errors} per field; without, a rule of its own code.
 */
public class ValidationException extends ProblemException {

    private static final long serialVersionUID = 1L;

    public static final String CODE = "VALIDATION_FAILED";

    private final transient List<FieldViolation> violations;

    public ValidationException(List<FieldViolation> violations) {
        super(400, CODE, null, violations.size());
        this.violations = List.copyOf(violations);
    }

    /** A rule broken by the request as a whole, e.g. {@code ("POINTS_EXCEED_ITEM", "finding.pointsExceedItem", ...)}. */
    public ValidationException(String code, String messageKey, Object... args) {
        super(400, code, messageKey, args);
        this.violations = List.of();
    }

    /** One invalid field. */
    public static ValidationException field(String field, String messageKey, Object... args) {
        return new ValidationException(List.of(new FieldViolation(field, messageKey, args)));
    }

    @Override
    public List<FieldViolation> fieldViolations() {
        return violations;
    }
}
