package cn.kaoping.evaluation.domain;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A command the domain refuses. Nothing was changed. The subclass says what kind of refusal it is (the
 * HTTP layer maps it to a status), {@link #code()} says which one, {@link #args()} fill its message.
 */
public abstract sealed class DomainException extends RuntimeException
        permits InvalidInputException, StateConflictException, ActionNotPermittedException,
        RulebookUnavailableException {

    private final ErrorCode code;
    private final List<Object> args;

    protected DomainException(ErrorCode code, Object... args) {
        super(code + (args.length == 0 ? "" : " " + Arrays.toString(args)));
        this.code = Objects.requireNonNull(code, "code");
        this.args = Collections.unmodifiableList(Arrays.asList(args.clone()));
    }

    public ErrorCode code() {
        return code;
    }

    public List<Object> args() {
        return args;
    }
}
