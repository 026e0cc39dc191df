package cn.kaoping.incentive.scheme;

import cn.kaoping.contracts.Json;
import cn.kaoping.domain.DomainException;
import cn.kaoping.domain.FieldError;
import cn.kaoping.incentive.IncentiveError;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a scheme strictly: every field of the body is walked, and one the format does not know is a 400 naming its
 * path ({@code terms[1].fineWeight}), so that no input slips in under a new name; a field named after a forbidden
 * figure is refused as {@link IncentiveError#FORBIDDEN_INDICATOR}. The fields are then bound with a mapper that
 * also fails on unknown properties, so a field added to the records without the walk knowing is refused too.
 */
public final class SchemeJson {

    private static final Set<String> SCHEME_FIELDS = Set.of("versionId", "name", "effectiveFrom", "coHandlerShare",
            "rotationShortfallPeriods", "terms");
    private static final Set<String> TERM_FIELDS = Set.of("indicator", "values", "value", "description");

    private static final ObjectMapper STRICT = Json.mapper().copy()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private SchemeJson() {
    }

    public static Scheme read(byte[] body) {
        JsonNode tree;
        try {
            tree = body == null || body.length == 0 ? null : STRICT.readTree(body);
        } catch (IOException e) {
            throw malformed("", e);
        }
        if (tree == null || !tree.isObject()) {
            throw DomainException.invalidField(IncentiveError.MALFORMED_BODY, "", "a JSON object");
        }
        List<FieldError> unknown = new ArrayList<>();
        walk(tree, "", SCHEME_FIELDS, unknown);
        JsonNode terms = tree.get("terms");
        if (terms != null && terms.isArray()) {
            for (int i = 0; i < terms.size(); i++) {
                if (terms.get(i).isObject()) {
                    walk(terms.get(i), "terms[" + i + "].", TERM_FIELDS, unknown);
                }
            }
        }
        if (!unknown.isEmpty()) {
            boolean forbidden = unknown.stream().anyMatch(f -> f.code() == IncentiveError.FORBIDDEN_INDICATOR);
            throw forbidden
                    ? DomainException.invalid(IncentiveError.FORBIDDEN_INDICATOR, unknown, firstForbidden(unknown))
                    : DomainException.invalid(IncentiveError.SCHEME_INVALID, unknown, text(tree.get("versionId")));
        }
        try {
            return STRICT.treeToValue(tree, Scheme.class);
        } catch (JsonProcessingException e) {
            throw malformed(e instanceof JsonMappingException jme ? path(jme) : "", e);
        }
    }

    /** The scheme as stored, written by the service itself. */
    public static Scheme readStored(String json) {
        return Json.read(json, Scheme.class);
    }

    private static void walk(JsonNode node, String prefix, Set<String> known, List<FieldError> errors) {
        Iterator<Map.Entry<String, JsonNode>> fields = ((ObjectNode) node).fields();
        while (fields.hasNext()) {
            String name = fields.next().getKey();
            if (!known.contains(name)) {
                errors.add(ForbiddenIndicators.isForbidden(name)
                        ? FieldError.of(prefix + name, IncentiveError.FORBIDDEN_INDICATOR, name)
                        : FieldError.of(prefix + name, IncentiveError.UNKNOWN_FIELD, prefix + name));
            }
        }
    }

    private static Object firstForbidden(List<FieldError> errors) {
        return errors.stream().filter(f -> f.code() == IncentiveError.FORBIDDEN_INDICATOR).findFirst()
                .map(f -> f.args().get(0)).orElse("");
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? "" : node.asText();
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static DomainException malformed(String field, Exception e) {
        String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
        if (e instanceof JsonProcessingException jpe && jpe.getOriginalMessage() != null) {
            message = jpe.getOriginalMessage().lines().findFirst().orElse("");
        }
        return DomainException.invalidField(IncentiveError.MALFORMED_BODY, field, message);
    }
}
