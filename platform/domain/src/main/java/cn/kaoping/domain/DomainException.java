package cn.kaoping.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A command or query the business code refuses; nothing was changed. {@link #kind()} says what kind of
 * refusal it is, {@link #code()} which one, {@link #args()} fill its message, {@link #fieldErrors()} say what is
 * wrong with which field of the input. Business code throws only these, never HTTP exceptions.
 */
public class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final RefusalKind kind;
    private final transient ErrorCode code;
    private final transient List<Object> args;
    private final transient List<FieldError> fieldErrors;

    public DomainException(RefusalKind kind, ErrorCode code, List<FieldError> fieldErrors, Object... args) {
        super(code + (args.length == 0 ? "" : " " + Arrays.toString(args))
                + (fieldErrors == null || fieldErrors.isEmpty() ? "" : " " + fieldErrors));
        this.kind = Objects.requireNonNull(kind, "kind");
        this.code = Objects.requireNonNull(code, "code");
        // args may hold nulls (a missing value echoed back), so no List.of
        this.args = Collections.unmodifiableList(new ArrayList<>(Arrays.asList(args)));
        this.fieldErrors = fieldErrors == null ? List.of() : List.copyOf(fieldErrors);
    }

    public DomainException(RefusalKind kind, ErrorCode code, Object... args) {
        this(kind, code, List.of(), args);
    }

    /**
     * 400 for one or more fields of the input. With {@code args}, {@code code} is a summary (its own message is
     * shown above the field errors, e.g. "rulebook version {0} is invalid"); without, a single field error's
     * message is the answer's detail.
     */
    public static DomainException invalid(ErrorCode code, List<FieldError> errors, Object... args) {
        return new DomainException(RefusalKind.INVALID_INPUT, code, errors, args);
    }

    /** 400 for one field of the input. */
    public static DomainException invalidField(ErrorCode code, String field, Object... args) {
        return new DomainException(RefusalKind.INVALID_INPUT, code, List.of(FieldError.of(field, code, args)));
    }

    public static DomainException conflict(ErrorCode code, Object... args) {
        return new DomainException(RefusalKind.STATE_CONFLICT, code, args);
    }

    public static DomainException notPermitted(ErrorCode code, Object... args) {
        return new DomainException(RefusalKind.NOT_PERMITTED, code, args);
    }

    public static DomainException notFound(ErrorCode code, Object... args) {
        return new DomainException(RefusalKind.NOT_FOUND, code, args);
    }

    public RefusalKind kind() {
        return kind;
    }

    public ErrorCode code() {
        return code;
    }

    public List<Object> args() {
        return args;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
