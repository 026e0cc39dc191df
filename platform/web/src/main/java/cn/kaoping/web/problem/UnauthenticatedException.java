package cn.kaoping.web.problem;

/** 401 {@code UNAUTHENTICATED}: no valid token came with a request that needs one. */
public class UnauthenticatedException extends ProblemException {

    private static final long serialVersionUID = 1L;

    public static final String CODE = "UNAUTHENTICATED";

    public UnauthenticatedException() {
        super(401, CODE, null);
    }
}
