package cn.kaoping.web.openapi;

import cn.kaoping.web.problem.Problem;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Every error an operation can answer, with the problem+json schema (RFC 9457 and our {@code code} and field errors).
 * The statuses follow from what the operation is: input can be refused (400), a token can be missing (401) or not
 * enough (403), an id can be unknown (404); and any other status its description names (409 and the like), since
 * the descriptions state the domain's refusals with their codes.
 */
final class ErrorResponses {

    static final String SCHEMA = "Problem";
    private static final Pattern NAMED_STATUS = Pattern.compile("(?<![0-9])(4[0-9]{2})(?![0-9])");
    private static final Map<String, String> TEXTS = Map.of(
            "400", "请求有误（字段错误见 errors）/ Bad request: the problem names the parameter or field",
            "401", "未提供有效令牌 / No valid token",
            "403", "角色或单位无权 / The caller's role or unit may not do this",
            "404", "不存在 / Not found",
            "409", "与当前状态冲突 / Conflicts with the current state");

    private ErrorResponses() {
    }

    static void describe(OpenAPI document) {
        document.getComponents().addSchema(SCHEMA, problemSchema());
        for (Operations each : Operations.of(document)) {
            if (each.operation().getResponses() == null) {
                each.operation().setResponses(OASFactory.createAPIResponses());
            }
            APIResponses responses = each.operation().getResponses();
            for (String status : statusesOf(each)) {
                APIResponse response = responses.getAPIResponse(status);
                if (response == null) {
                    response = OASFactory.createAPIResponse();
                    responses.addAPIResponse(status, response);
                }
                // Quarkus' own texts ("Not Authorized") are English only; ours say it in both languages.
                if (response.getDescription() == null || !response.getDescription().contains(" / ")) {
                    response.setDescription(TEXTS.getOrDefault(status, "错误 / Error"));
                }
                response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(SCHEMA))));
            }
        }
    }

    private static TreeSet<String> statusesOf(Operations each) {
        TreeSet<String> statuses = new TreeSet<>();
        if (each.takesInput()) {
            statuses.add("400");
        }
        if (BearerRoles.isSecured(each.operation())) {
            statuses.add("401");
            statuses.add("403");
        }
        if (each.hasPathParameters()) {
            statuses.add("404");
        }
        Matcher named = NAMED_STATUS.matcher(String.valueOf(each.operation().getSummary()) + " "
                + String.valueOf(each.operation().getDescription()));
        while (named.find()) {
            statuses.add(named.group(1));
        }
        if (each.operation().getResponses() != null && each.operation().getResponses().getAPIResponses() != null) {
            each.operation().getResponses().getAPIResponses().keySet().stream()
                    .filter(status -> status.startsWith("4")).forEach(statuses::add);
        }
        return statuses;
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("字段错误 / A refused field")
                .addProperty("field", OASFactory.createSchema().addType(Schema.SchemaType.STRING).description("字段 / field path"))
                .addProperty("message", OASFactory.createSchema().addType(Schema.SchemaType.STRING).description("说明 / message"));
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details, in Chinese by default and English on Accept-Language: en")
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("urn:kaoping:problem:<code>"))
                .addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32"))
                .addProperty("detail", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .addProperty("code", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("稳定错误码 / stable error code, e.g. REVIEWER_OF_OWN_UNIT"))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError))
                .addRequired("type").addRequired("title").addRequired("status").addRequired("code");
    }
}
