package cn.kaoping.training.rest;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The OpenAPI document's header: every endpoint takes the bureau's RS256 JWT as a bearer token. */
@OpenAPIDefinition(
        info = @Info(title = "训 training-service", version = "1",
                description = "法制员例会与法规库、十佳十差评选、后进民警培训、常规轮训。错误为 application/problem+json，默认中文，"
                        + "Accept-Language: en 时为英文。 / Legal officer meetings and the regulations registry, ten best "
                        + "and ten worst, lagging-officer training, rotation training. Errors are problem+json."),
        security = @SecurityRequirement(name = "jwt"))
@SecurityScheme(securitySchemeName = "jwt", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class OpenApiDefinition extends Application {
}
