package cn.kaoping.training.rest;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The OpenAPI document's header: its security scheme and error answers come from platform/web's PortalContractFilter. */
@OpenAPIDefinition(
        info = @Info(title = "训 training-service", version = "1",
                description = "法制员例会与法规库、十佳十差评选、后进民警培训、常规轮训。错误为 application/problem+json，默认中文，"
                        + "Accept-Language: en 时为英文。 / Legal officer meetings and the regulations registry, ten best "
                        + "and ten worst, lagging-officer training, rotation training. Errors are problem+json."))
public class OpenApiDefinition extends Application {
}
