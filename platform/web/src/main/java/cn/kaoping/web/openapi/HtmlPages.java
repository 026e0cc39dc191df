package cn.kaoping.web.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * A page answers HTML text. The scanner describes a Qute {@code TemplateInstance} by its Java fields (engine, locale,
 * expressions), which no client can use and which leaks the template engine into the contract.
 */
final class HtmlPages {

    private static final String HTML = "text/html";

    private HtmlPages() {
    }

    static void asText(OpenAPI document) {
        for (Operations each : Operations.of(document)) {
            if (each.operation().getResponses() == null || each.operation().getResponses().getAPIResponses() == null) {
                continue;
            }
            each.operation().getResponses().getAPIResponses().values().forEach(response -> {
                if (response.getContent() == null || response.getContent().getMediaTypes() == null) {
                    return;
                }
                response.getContent().getMediaTypes().forEach((type, media) -> {
                    if (type.startsWith(HTML)) {
                        media.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                                .description("中文 HTML 页面 / A Chinese HTML page"));
                    }
                });
            });
        }
    }
}
