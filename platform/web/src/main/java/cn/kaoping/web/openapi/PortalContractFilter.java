package cn.kaoping.web.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Makes every service's OpenAPI document the contract a portal team can generate a client from and lint without a
 * warning (issue 12): one bearer JWT scheme whose roles are stated per operation, every error answer described with
 * the problem schema, every operation tagged and described. Runs at build time and again at start-up, after Quarkus
 * has added its security requirements, so that the document written to {@code target/openapi} and the one served at
 * {@code /q/openapi} are the same; every step is idempotent.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BOTH, priority = -100)
public class PortalContractFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI document) {
        DocumentInfo.complete(document);
        BearerRoles.normalize(document);
        ErrorResponses.describe(document);
        OperationTexts.complete(document);
        HtmlPages.asText(document);
        UnusedSchemas.remove(document);
    }
}
