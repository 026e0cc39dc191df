package cn.kaoping.web.problem;

/**
 * One invalid field of a request, before translation: the field path and the message key (with its
 * MessageFormat arguments) that {@link Problem.FieldError#message()} is made of.
 */
public record FieldViolation(String field, String messageKey, Object... args) {
}
