package cn.kaoping.faults;

import cn.kaoping.contracts.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A service's own OpenAPI document ({@code /q/openapi?format=json}) read into its operations. */
final class OpenApi {

    /** One parameter of an operation. */
    record Param(String name, String in, String type) {
    }

    /**
     * One operation: {@code roles} are those of its security requirement ({@code @RolesAllowed}), empty when it names
     * none; {@code body} is a sample of its JSON request body, null when it takes none.
     */
    record Operation(String service, String method, String path, String operationId, List<Param> params,
                     JsonNode body, String bodyType, List<String> roles) {

        String name() {
            return method + " " + path;
        }
    }

    private OpenApi() {
    }

    static List<Operation> of(String service, String baseUrl) {
        JsonNode doc;
        try {
            // HTTP/1.1: the JDK's default (an h2c upgrade) gets no answer from the services.
            HttpResponse<String> r = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(URI.create(baseUrl + "/q/openapi?format=json"))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
            doc = Json.mapper().readTree(r.body());
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the OpenAPI document of " + service + ": " + e, e);
        }
        List<Operation> ops = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> m : path.getValue().properties()) {
                if (m.getKey().equals("parameters")) {
                    continue;
                }
                JsonNode op = m.getValue();
                List<Param> params = new ArrayList<>();
                for (JsonNode p : op.path("parameters")) {
                    params.add(new Param(p.path("name").asText(), p.path("in").asText(), p.path("schema").path("type").asText("string")));
                }
                JsonNode content = op.path("requestBody").path("content");
                JsonNode body = null;
                String bodyType = null;
                if (content.has("application/json")) {
                    bodyType = "application/json";
                    body = sample(doc, content.path("application/json").path("schema"), 0);
                } else if (content.size() > 0) {
                    bodyType = content.fieldNames().next();
                }
                List<String> roles = new ArrayList<>();
                for (JsonNode requirement : op.path("security")) {
                    requirement.properties().forEach(e -> e.getValue().forEach(r -> roles.add(r.asText())));
                }
                ops.add(new Operation(service, m.getKey().toUpperCase(), path.getKey(), op.path("operationId").asText(null),
                        params, body, bodyType, roles));
            }
        }
        return ops;
    }

    /** A plausible value of a schema ($refs followed): what a portal would send, to be spoiled by the fuzzer. */
    static JsonNode sample(JsonNode doc, JsonNode schema, int depth) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (depth > 6) {
            return f.nullNode();
        }
        if (schema.has("$ref")) {
            String ref = schema.path("$ref").asText();
            JsonNode target = doc.at(ref.substring(1));
            return sample(doc, target, depth + 1);
        }
        for (String combinator : List.of("allOf", "oneOf", "anyOf")) {
            if (schema.has(combinator) && schema.path(combinator).size() > 0) {
                return sample(doc, schema.path(combinator).get(0), depth + 1);
            }
        }
        if (schema.has("enum") && schema.path("enum").size() > 0) {
            return schema.path("enum").get(0);
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
        switch (type) {
            case "object" -> {
                ObjectNode o = f.objectNode();
                schema.path("properties").properties().forEach(e -> o.set(e.getKey(), sample(doc, e.getValue(), depth + 1)));
                return o;
            }
            case "array" -> {
                ArrayNode a = f.arrayNode();
                a.add(sample(doc, schema.path("items"), depth + 1));
                return a;
            }
            case "integer" -> {
                return f.numberNode(1);
            }
            case "number" -> {
                return f.numberNode(1.5);
            }
            case "boolean" -> {
                return f.booleanNode(true);
            }
            default -> {
                return switch (schema.path("format").asText("")) {
                    case "date" -> f.textNode("2026-12-01");
                    case "date-time" -> f.textNode("2026-12-01T02:00:00Z");
                    case "uuid" -> f.textNode(java.util.UUID.randomUUID().toString());
                    default -> f.textNode("故障测试");
                };
            }
        }
    }
}
