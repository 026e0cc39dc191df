package cn.kaoping.web.problem;

import java.util.Arrays;
import java.util.List;

/**
 * A request that is refused with a problem answer. {@code code} is the stable machine code;
 * {@code messageKey} names the detail message in {@code problems_zh.properties} /
 * {@code problems_en.properties} (MessageFormat, {@code {0}} = first arg); {@code null} uses
 * {@code problem.<CODE>.detail}. The title is {@code problem.<CODE>.title}, else the one of the status.
 */
public class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final String messageKey;
    private final transient Object[] args;

    public ProblemException(int status, String code, String messageKey, Object... args) {
        super(code + (messageKey == null ? "" : " " + messageKey) + (args.length == 0 ? "" : " " + Arrays.toString(args)));
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("a problem has an error status, not " + status);
        }
        this.status = status;
        this.code = code;
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    /** Field errors to report in {@code errors}; none unless a validation failure. */
    public List<FieldViolation> fieldViolations() {
        return List.of();
    }
}
