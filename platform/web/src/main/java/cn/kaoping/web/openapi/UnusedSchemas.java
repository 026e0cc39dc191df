package cn.kaoping.web.openapi;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Drops component schemas no operation reaches. The scanner writes a raw schema for each generic record
 * ({@code Page}) beside its specializations ({@code PageCaseFileView}); the raw one describes nothing a client gets.
 */
final class UnusedSchemas {

    private static final String PREFIX = "#/components/schemas/";

    private UnusedSchemas() {
    }

    static void remove(OpenAPI document) {
        Map<String, Schema> schemas = document.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        Deque<Schema> pending = new ArrayDeque<>();
        for (Operations each : Operations.of(document)) {
            if (each.operation().getParameters() != null) {
                each.operation().getParameters().forEach(parameter -> push(pending, parameter.getSchema()));
            }
            if (each.operation().getRequestBody() != null) {
                pushContent(pending, each.operation().getRequestBody().getContent());
            }
            if (each.operation().getResponses() != null && each.operation().getResponses().getAPIResponses() != null) {
                each.operation().getResponses().getAPIResponses().values()
                        .forEach(response -> pushContent(pending, response.getContent()));
            }
        }
        Set<String> reached = new HashSet<>();
        while (!pending.isEmpty()) {
            Schema schema = pending.pop();
            if (schema.getRef() != null) {
                String name = schema.getRef().startsWith(PREFIX) ? schema.getRef().substring(PREFIX.length()) : schema.getRef();
                if (reached.add(name) && schemas.containsKey(name)) {
                    push(pending, schemas.get(name));
                }
            }
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(property -> push(pending, property));
            }
            push(pending, schema.getItems());
            if (schema.getAdditionalPropertiesSchema() != null) {
                push(pending, schema.getAdditionalPropertiesSchema());
            }
            Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())
                    .filter(Objects::nonNull).flatMap(List::stream).forEach(member -> push(pending, member));
        }
        List.copyOf(schemas.keySet()).stream().filter(name -> !reached.contains(name))
                .forEach(document.getComponents()::removeSchema);
    }

    private static void pushContent(Deque<Schema> pending, Content content) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(media -> push(pending, media.getSchema()));
        }
    }

    private static void push(Deque<Schema> pending, Schema schema) {
        if (schema != null) {
            pending.push(schema);
        }
    }
}
