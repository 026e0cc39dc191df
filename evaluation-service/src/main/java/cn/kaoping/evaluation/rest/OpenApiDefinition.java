package cn.kaoping.evaluation.rest;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The OpenAPI document's header: its security scheme and error answers come from platform/web's PortalContractFilter. */
@OpenAPIDefinition(
        info = @Info(title = "考评 evaluation-service", version = "1",
                description = "执法质量考评：案卷登记、初评、送评、考评、整改、异议与统计。错误为 application/problem+json，"
                        + "默认中文，Accept-Language: en 时为英文。 / Evaluation of case files: registration, pre-review, "
                        + "submission, review, rectification, objections, statistics. Errors are problem+json, Chinese by "
                        + "default, English on Accept-Language: en."))
public class OpenApiDefinition extends Application {
}
