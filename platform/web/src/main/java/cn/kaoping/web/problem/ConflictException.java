package cn.kaoping.web.problem;

/**
 * 409: the request does not fit the current state (a duplicate case number, a state that does not allow
 * the step, a concurrent change). The code says which, e.g. {@code DUPLICATE_CASE_NUMBER}.
 */
public class ConflictException extends ProblemException {

    private static final long serialVersionUID = 1L;

    /** Generic code of a conflict without a more specific one. */
    public static final String CODE = "CONFLICT";

    public ConflictException(String code, String messageKey, Object... args) {
        super(409, code, messageKey, args);
    }
}
