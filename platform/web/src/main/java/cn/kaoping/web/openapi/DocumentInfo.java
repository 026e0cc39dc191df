package cn.kaoping.web.openapi;

import java.util.LinkedHashSet;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/** The document's header and its list of tags: every tag an operation carries is declared once, in first-use order. */
final class DocumentInfo {

    private DocumentInfo() {
    }

    static void complete(OpenAPI document) {
        if (document.getInfo() == null) {
            document.setInfo(OASFactory.createInfo().title("Kaoping").version("1"));
        }
        if (document.getInfo().getContact() == null) {
            document.getInfo().setContact(OASFactory.createContact().name("法制大队 Kaoping / Legal affairs brigade"));
        }
        if (document.getInfo().getDescription() == null || document.getInfo().getDescription().isBlank()) {
            document.getInfo().setDescription("错误为 application/problem+json，默认中文，Accept-Language: en 时为英文。"
                    + " / Errors are problem+json, Chinese by default, English on Accept-Language: en.");
        }
        Set<String> declared = new LinkedHashSet<>();
        if (document.getTags() != null) {
            document.getTags().forEach(tag -> declared.add(tag.getName()));
        }
        for (Operations each : Operations.of(document)) {
            if (each.operation().getTags() == null) {
                continue;
            }
            for (String name : each.operation().getTags()) {
                if (declared.add(name)) {
                    Tag tag = OASFactory.createTag().name(name);
                    document.addTag(tag);
                }
            }
        }
    }
}
