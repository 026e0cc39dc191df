package cn.kaoping.web.problem;

import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;

/**
 * An error answer, RFC 9457 problem details: {@code type}, {@code title}, {@code status}, {@code detail},
 * plus the stable machine {@code code} and the field {@code errors} of a validation failure (empty
 * otherwise). Title, detail and field messages are in the caller's language (Chinese unless English
 * was asked for).
 */
public record Problem(String type, String title, int status, String detail, String code, List<FieldError> errors) {

    /** {@code application/problem+json}. */
    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA_TYPE_TYPE = new MediaType("application", "problem+json");
    private static final String TYPE_PREFIX = "urn:kaoping:problem:";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** One invalid field: a dotted path into the request ({@code findings[0].points}) and what is wrong. */
    public record FieldError(String field, String message) {
    }

    /** The {@code type} URI of a code: {@code MALFORMED_JSON} → {@code urn:kaoping:problem:malformed-json}. */
    public static String typeOf(String code) {
        return TYPE_PREFIX + code.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
