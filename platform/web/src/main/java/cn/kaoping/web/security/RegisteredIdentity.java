package cn.kaoping.web.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Checks every authenticated identity against the service's {@link OfficerRegistry}, so that {@code @RolesAllowed},
 * {@link Caller} and {@link AccessScope} all see what the registry knows: a registered officer keeps only the roles
 * the registry grants him too (none once deactivated), and his registry unit is kept as the identity's
 * {@link #REGISTRATION} attribute for {@link Caller}. Officers the registry does not know are taken by their token.
 */
@ApplicationScoped
public class RegisteredIdentity implements SecurityIdentityAugmentor {

    /** The identity attribute holding the caller's {@link OfficerRegistry.Registration}. */
    public static final String REGISTRATION = "kaoping.registration";
    private static final Logger LOG = Logger.getLogger(RegisteredIdentity.class);

    private final Instance<OfficerRegistry> registry;

    @Inject
    RegisteredIdentity(Instance<OfficerRegistry> registry) {
        this.registry = registry;
    }

    /** After {@link TokenRules}: a token it refuses costs no registry lookup. */
    @Override
    public int priority() {
        return TokenRules.PRIORITY - 1;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !registry.isResolvable()) {
            return Uni.createFrom().item(identity);
        }
        // The registry is a database table: read it off the event loop.
        return context.runBlocking(() -> registry.get().registration(identity.getPrincipal().getName())
                .map(registration -> registered(identity, registration))
                .orElse(identity));
    }

    private static SecurityIdentity registered(SecurityIdentity identity, OfficerRegistry.Registration registration) {
        if (!registration.active() || !registration.roles().containsAll(identity.getRoles())) {
            LOG.debugf("%s: roles %s claimed, %s granted by the registry (active: %s)",
                    identity.getPrincipal().getName(), identity.getRoles(), registration.roles(), registration.active());
        }
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addAttribute(REGISTRATION, registration)
                .addRoles(registration.grant(identity.getRoles()))
                .build();
    }
}
