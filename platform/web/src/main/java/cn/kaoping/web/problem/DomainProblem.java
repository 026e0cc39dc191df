package cn.kaoping.web.problem;

import cn.kaoping.domain.DomainException;
import cn.kaoping.domain.ErrorCode;
import cn.kaoping.domain.FieldError;
import java.math.BigDecimal;
import java.util.List;

/**
 * A refusal of business code as a problem answer: its status by kind (invalid input 400, state conflict 409, not
 * permitted 403, not found 404, unavailable 503), its code as the machine {@code code}, its message from
 * {@code error.<CODE>} of the service's {@code problems_*.properties}; field errors go to {@code errors}.
 */
public final class DomainProblem extends ProblemException {

    private static final long serialVersionUID = 1L;
    private static final String MANY_ERRORS_KEY = "problem.VALIDATION_FAILED.detail";

    private final transient List<FieldViolation> violations;

    private DomainProblem(int status, ErrorCode code, String messageKey, List<FieldViolation> violations,
                          Object... args) {
        super(status, code.name(), messageKey, args);
        this.violations = violations;
    }

    public static DomainProblem of(DomainException e) {
        List<FieldViolation> violations = e.fieldErrors().stream()
                .map(error -> new FieldViolation(error.field(), messageKey(error.code()), texts(error.args())))
                .toList();
        int status = statusOf(e);
        if (violations.isEmpty() || !e.args().isEmpty()) {
            return new DomainProblem(status, e.code(), messageKey(e.code()), violations, texts(e.args()));
        }
        if (violations.size() == 1) {
            FieldError only = e.fieldErrors().get(0);
            return new DomainProblem(status, e.code(), messageKey(only.code()), violations, texts(only.args()));
        }
        return new DomainProblem(status, e.code(), MANY_ERRORS_KEY, violations, violations.size());
    }

    @Override
    public List<FieldViolation> fieldViolations() {
        return violations;
    }

    static String messageKey(ErrorCode code) {
        return "error." + code.name();
    }

    private static int statusOf(DomainException e) {
        return switch (e.kind()) {
            case INVALID_INPUT -> 400;
            case STATE_CONFLICT -> 409;
            case NOT_PERMITTED -> 403;
            case NOT_FOUND -> 404;
            case UNAVAILABLE -> 503;
        };
    }

    /** Arguments as text, so that MessageFormat neither groups digits (2,017) nor drops a scale (5.0). */
    private static Object[] texts(List<Object> args) {
        return args.stream().map(DomainProblem::text).toArray();
    }

    private static String text(Object arg) {
        if (arg == null) {
            return "";
        }
        return arg instanceof BigDecimal decimal ? decimal.toPlainString() : arg.toString();
    }
}
