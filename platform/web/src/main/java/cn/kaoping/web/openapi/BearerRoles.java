package cn.kaoping.web.openapi;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * One HTTP bearer scheme for the bureau's RS256 JWT. Quarkus writes an operation's allowed roles as scopes of its
 * requirement, which HTTP bearer does not define (linters flag every one, generators ignore them): the roles move to
 * the {@code x-kaoping-roles} extension and to the description, where a portal's authors read them.
 */
final class BearerRoles {

    static final String SCHEME = "bearerJwt";
    static final String ROLES_EXTENSION = "x-kaoping-roles";

    private BearerRoles() {
    }

    static void normalize(OpenAPI document) {
        if (document.getComponents() == null) {
            document.setComponents(OASFactory.createComponents());
        }
        document.getComponents().setSecuritySchemes(null);
        document.getComponents().addSecurityScheme(SCHEME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("法制大队签发的 RS256 JWT：sub 为民警 id，groups 为角色，unit 为单位（管理员可无）。"
                        + " / The bureau's RS256 JWT: sub is the officer id, groups the roles, unit the unit (ADMIN may omit it)."));
        // Document-level security would claim that public pages need a token; each operation states its own.
        document.setSecurity(null);
        for (Operations each : Operations.of(document)) {
            List<SecurityRequirement> requirements = each.operation().getSecurity();
            if (requirements == null || requirements.isEmpty()) {
                continue;
            }
            Set<String> roles = new LinkedHashSet<>();
            requirements.forEach(requirement -> requirement.getSchemes().values()
                    .forEach(scopes -> { if (scopes != null) { roles.addAll(scopes); } }));
            each.operation().setSecurity(new ArrayList<>(List.of(OASFactory.createSecurityRequirement().addScheme(SCHEME))));
            if (!roles.isEmpty()) {
                each.operation().addExtension(ROLES_EXTENSION, List.copyOf(roles));
            }
        }
    }

    static List<String> rolesOf(org.eclipse.microprofile.openapi.models.Operation operation) {
        Object roles = operation.getExtensions() == null ? null : operation.getExtensions().get(ROLES_EXTENSION);
        if (roles instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    static boolean isSecured(org.eclipse.microprofile.openapi.models.Operation operation) {
        return operation.getSecurity() != null && !operation.getSecurity().isEmpty();
    }
}
