package cn.kaoping.web.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds {@link Problem} answers in a language, from our exceptions and from the failures Quarkus reports
 * (Bean Validation, unreadable JSON, HTTP errors, security). Pure: no request, no CDI, so it is tested
 * as it is.
 */
public final class Problems {

    public static final String MALFORMED_JSON = "MALFORMED_JSON";
    public static final String INTERNAL_ERROR = "INTERNAL_ERROR";

    private final ProblemMessages messages;

    public Problems(ProblemMessages messages) {
        this.messages = messages;
    }

    public ProblemMessages messages() {
        return messages;
    }

    /** The answer to one of our exceptions. */
    public Problem of(ProblemException e, Locale locale) {
        List<Problem.FieldError> errors = e.fieldViolations().stream()
                .map(v -> new Problem.FieldError(v.field(), messages.format(locale, v.messageKey(), v.args())))
                .toList();
        String detailKey = e.messageKey() != null ? e.messageKey() : detailKey(e.code());
        return new Problem(Problem.typeOf(e.code()), title(e.code(), e.status(), locale), e.status(),
                messages.format(locale, detailKey, e.args()), e.code(), errors);
    }

    /** A problem of a status alone, with the code's own title and detail (e.g. 404 of an unknown path). */
    public Problem ofStatus(int status, String code, Locale locale) {
        String detail = messages.find(locale, detailKey(code)).isPresent()
                ? messages.format(locale, detailKey(code))
                : title(code, status, locale);
        return new Problem(Problem.typeOf(code), title(code, status, locale), status, detail, code, List.of());
    }

    /** 400 {@code VALIDATION_FAILED}: one error per violated constraint, sorted by field. */
    public Problem ofViolations(Set<? extends ConstraintViolation<?>> violations, Locale locale) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : violations) {
            errors.add(new Problem.FieldError(fieldOf(violation.getPropertyPath()), messageOf(violation, locale)));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message));
        String code = ValidationException.CODE;
        return new Problem(Problem.typeOf(code), title(code, 400, locale), 400,
                messages.format(locale, detailKey(code), errors.size()), code, errors);
    }

    /**
     * 400 {@code MALFORMED_JSON}: the body is not JSON, or a value does not fit its field (then that field
     * is named in {@code errors}).
     */
    public Problem malformedJson(Throwable failure, Locale locale) {
        JsonProcessingException json = find(failure, JsonProcessingException.class);
        List<Problem.FieldError> errors = new ArrayList<>();
        String detail;
        if (json instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = fieldOf(mapping.getPath());
            errors.add(new Problem.FieldError(field, messages.format(locale, "problem.MALFORMED_JSON.field")));
            detail = messages.format(locale, "problem.MALFORMED_JSON.detail.field", field);
        } else if (json != null && json.getLocation() != null && json.getLocation() != JsonLocation.NA
                && json.getLocation().getLineNr() > 0) {
            detail = messages.format(locale, "problem.MALFORMED_JSON.detail.at",
                    String.valueOf(json.getLocation().getLineNr()), String.valueOf(json.getLocation().getColumnNr()));
        } else {
            detail = messages.format(locale, detailKey(MALFORMED_JSON));
        }
        return new Problem(Problem.typeOf(MALFORMED_JSON), title(MALFORMED_JSON, 400, locale), 400, detail,
                MALFORMED_JSON, errors);
    }

    /** 500 with an incident id that is also in the log, and nothing of the internals. */
    public Problem unexpected(String incidentId, Locale locale) {
        return new Problem(Problem.typeOf(INTERNAL_ERROR), title(INTERNAL_ERROR, 500, locale), 500,
                messages.format(locale, detailKey(INTERNAL_ERROR), incidentId), INTERNAL_ERROR, List.of());
    }

    /** The machine code of an HTTP status that no exception of ours explains. */
    public static String codeOf(int status) {
        return switch (status) {
            case 400 -> "BAD_REQUEST";
            case 401 -> UnauthenticatedException.CODE;
            case 403 -> AccessDeniedException.CODE;
            case 404 -> NotFoundException.CODE;
            case 405 -> "METHOD_NOT_ALLOWED";
            case 406 -> "NOT_ACCEPTABLE";
            case 409 -> ConflictException.CODE;
            case 413 -> "PAYLOAD_TOO_LARGE";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            case 500 -> INTERNAL_ERROR;
            case 503 -> "SERVICE_UNAVAILABLE";
            default -> "HTTP_" + status;
        };
    }

    private String title(String code, int status, Locale locale) {
        return messages.find(locale, "problem." + code + ".title")
                .or(() -> messages.find(locale, "status." + status))
                .orElse(code);
    }

    private static String detailKey(String code) {
        return "problem." + code + ".detail";
    }

    /**
     * The translated message of a constraint: ours ({@code constraint.<Annotation>}, with the annotation's
     * attributes as {@code {min}}, {@code {max}}, ...) for the standard constraints used with their default
     * message, else the message Bean Validation interpolated (a custom message the developer wrote).
     */
    private String messageOf(ConstraintViolation<?> violation, Locale locale) {
        var descriptor = violation.getConstraintDescriptor();
        if (descriptor == null) {
            return violation.getMessage();
        }
        String annotation = descriptor.getAnnotation().annotationType().getSimpleName();
        String template = violation.getMessageTemplate();
        boolean defaultMessage = template != null && template.startsWith("{jakarta.validation.constraints.")
                || template != null && template.startsWith("{org.hibernate.validator.constraints.");
        if (!defaultMessage) {
            return violation.getMessage();
        }
        Map<String, Object> attributes = descriptor.getAttributes();
        return messages.formatNamed(locale, "constraint." + annotation, attributes).orElse(violation.getMessage());
    }

    /**
     * The request field of a violation: for a resource method, the body's own path ({@code findings[0].points})
     * or the name of a query/path parameter; method and body-parameter names are left out.
     */
    static String fieldOf(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            ElementKind kind = node.getKind();
            boolean lastNode = i == nodes.size() - 1;
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.CROSS_PARAMETER
                    || kind == ElementKind.BEAN || (kind == ElementKind.PARAMETER && !lastNode)) {
                continue;
            }
            if (kind == ElementKind.RETURN_VALUE) {
                appendName(field, "response");
                continue;
            }
            if (node.isInIterable() && field.length() > 0) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (kind == ElementKind.CONTAINER_ELEMENT || node.getName() == null) {
                continue;
            }
            appendName(field, node.getName());
        }
        return field.length() == 0 ? "request" : field.toString();
    }

    static String fieldOf(List<JsonMappingException.Reference> references) {
        StringBuilder field = new StringBuilder();
        for (Iterator<JsonMappingException.Reference> it = references.iterator(); it.hasNext(); ) {
            JsonMappingException.Reference reference = it.next();
            if (reference.getFieldName() != null) {
                appendName(field, reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.length() == 0 ? "request" : field.toString();
    }

    private static void appendName(StringBuilder field, String name) {
        if (field.length() > 0) {
            field.append('.');
        }
        field.append(name);
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
