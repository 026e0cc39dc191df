package cn.kaoping.evaluation.rest;

import cn.kaoping.evaluation.domain.ActionNotPermittedException;
import cn.kaoping.evaluation.domain.DomainException;
import cn.kaoping.evaluation.domain.ErrorCode;
import cn.kaoping.evaluation.domain.FieldError;
import cn.kaoping.evaluation.domain.InvalidInputException;
import cn.kaoping.evaluation.domain.RulebookUnavailableException;
import cn.kaoping.evaluation.domain.StateConflictException;
import cn.kaoping.web.problem.FieldViolation;
import cn.kaoping.web.problem.ProblemException;
import java.math.BigDecimal;
import java.util.List;

/**
 * A domain refusal as a problem answer: its status by kind (invalid input 400, state conflict 409, not permitted
 * 403, rulebook unavailable 503), its {@link ErrorCode} as the machine {@code code}, and its message from
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
        if (e instanceof InvalidInputException invalid) {
            List<FieldViolation> violations = invalid.errors().stream()
                    .map(error -> new FieldViolation(error.field(), messageKey(error.code()), texts(error.args())))
                    .toList();
            if (e.code() == ErrorCode.RULEBOOK_INVALID || violations.isEmpty()) {
                return new DomainProblem(400, e.code(), messageKey(e.code()), violations, texts(e.args()));
            }
            if (violations.size() == 1) {
                FieldError only = invalid.errors().get(0);
                return new DomainProblem(400, e.code(), messageKey(only.code()), violations, texts(only.args()));
            }
            return new DomainProblem(400, e.code(), MANY_ERRORS_KEY, violations, violations.size());
        }
        return new DomainProblem(statusOf(e), e.code(), messageKey(e.code()), List.of(), texts(e.args()));
    }

    @Override
    public List<FieldViolation> fieldViolations() {
        return violations;
    }

    static String messageKey(ErrorCode code) {
        return "error." + code.name();
    }

    private static int statusOf(DomainException e) {
        if (e instanceof StateConflictException) {
            return 409;
        }
        if (e instanceof ActionNotPermittedException) {
            return 403;
        }
        if (e instanceof RulebookUnavailableException) {
            return 503;
        }
        return 400;
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
