package cn.kaoping.web.problem;

/** 404 {@code NOT_FOUND}: the thing asked for does not exist (or the caller may not know it does). */
public class NotFoundException extends ProblemException {

    private static final long serialVersionUID = 1L;

    public static final String CODE = "NOT_FOUND";

    /** @param messageKey e.g. {@code "caseFile.notFound"} with the id as argument */
    public NotFoundException(String messageKey, Object... args) {
        super(404, CODE, messageKey, args);
    }
}
