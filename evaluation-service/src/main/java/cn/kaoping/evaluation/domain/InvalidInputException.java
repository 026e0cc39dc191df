package cn.kaoping.evaluation.domain;

import java.util.List;

/**
 * The command itself is wrong (400): {@link #errors()} lists every field at fault. Its own {@link #code()}
 * is the first error's code, or a summary code such as {@link ErrorCode#RULEBOOK_INVALID}.
 */
public final class InvalidInputException extends DomainException {

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        this(errors.get(0).code(), errors, errors.get(0).args().toArray());
    }

    public InvalidInputException(ErrorCode code, List<FieldError> errors, Object... args) {
        super(code, args);
        this.errors = List.copyOf(errors);
    }

    public static InvalidInputException of(String field, ErrorCode code, Object... args) {
        return new InvalidInputException(List.of(FieldError.of(field, code, args)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public String getMessage() {
        return super.getMessage() + " " + errors;
    }
}
