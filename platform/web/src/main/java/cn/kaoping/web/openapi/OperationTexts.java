package cn.kaoping.web.openapi;

import java.util.List;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;

/**
 * Every operation states who may call it: the roles go to the end of its description (generators copy descriptions
 * into the client's documentation, not extensions), and an operation written with a summary only gets one.
 */
final class OperationTexts {

    private OperationTexts() {
    }

    static void complete(OpenAPI document) {
        for (Operations each : Operations.of(document)) {
            Operation operation = each.operation();
            String description = operation.getDescription() == null || operation.getDescription().isBlank()
                    ? String.valueOf(operation.getSummary()) : operation.getDescription();
            String who = whoMayCall(operation);
            // The filter runs at build time and again at start-up: say it once.
            if (!description.endsWith(who)) {
                operation.setDescription(description + "\n\n" + who);
            }
        }
    }

    private static String whoMayCall(Operation operation) {
        if (!BearerRoles.isSecured(operation)) {
            return "无需令牌 / No token needed.";
        }
        List<String> roles = BearerRoles.rolesOf(operation);
        if (roles.isEmpty()) {
            return "任一角色的有效令牌，按角色与单位限定可见范围 / Any valid token; what it sees follows its roles and unit.";
        }
        return "角色 / Roles: " + String.join(", ", roles) + "（按单位限定 / limited by unit where PROCESS.md says so）";
    }
}
