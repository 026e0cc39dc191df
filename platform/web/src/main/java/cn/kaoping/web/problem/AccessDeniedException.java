package cn.kaoping.web.problem;

/** 403 {@code FORBIDDEN}: the caller is known, but their role or unit does not allow this. */
public class AccessDeniedException extends ProblemException {

    private static final long serialVersionUID = 1L;

    public static final String CODE = "FORBIDDEN";

    public AccessDeniedException() {
        super(403, CODE, null);
    }

    public AccessDeniedException(String messageKey, Object... args) {
        super(403, CODE, messageKey, args);
    }
}
