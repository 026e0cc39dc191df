package cn.kaoping.web.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * What a verified token must also hold before anyone is taken for its bearer (401 otherwise, on every endpoint, read
 * or command): a subject, {@code groups} as an array (a string would be read as one role by accident), a
 * {@code unit} for every caller but an administrator (every officer, reviewer and leader belongs to a unit, and the
 * rules "his own unit" and "never a unit he belongs to" need it), an issue time that is not in the future and not
 * older than {@code kaoping.security.max-token-age}. The signature, issuer and
 * expiry are smallrye-jwt's checks; these run right after them, at authentication.
 */
@ApplicationScoped
public class TokenRules implements SecurityIdentityAugmentor {

    /** Runs before the other augmentors: an unacceptable token goes no further. */
    static final int PRIORITY = 100;
    private static final Logger LOG = Logger.getLogger(TokenRules.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Clocks of the identity provider and of the service may differ this much. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private final Duration maxTokenAge;
    private final Clock clock;

    @Inject
    TokenRules(@ConfigProperty(name = "kaoping.security.max-token-age", defaultValue = "PT24H") Duration maxTokenAge) {
        this(maxTokenAge, Clock.systemUTC());
    }

    TokenRules(Duration maxTokenAge, Clock clock) {
        this.maxTokenAge = maxTokenAge;
        this.clock = clock;
    }

    @Override
    public int priority() {
        return PRIORITY;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        String violation = violation(token.getRawToken(), clock.instant());
        if (violation != null) {
            LOG.debugf("Token refused: %s", violation);
            return Uni.createFrom().failure(new AuthenticationFailedException(violation));
        }
        return Uni.createFrom().item(identity);
    }

    /** Why a verified token is not acceptable, or null when it is. */
    String violation(String rawToken, Instant now) {
        JsonNode claims = claimsOf(rawToken);
        if (claims == null) {
            return "claims unreadable";
        }
        JsonNode subject = claims.path("sub");
        if (!subject.isTextual() || subject.asText().isBlank()) {
            return "no subject";
        }
        JsonNode groups = claims.get("groups");
        if (groups != null && !groups.isArray()) {
            return "groups is not an array";
        }
        if (!isAdministrator(groups) && !isText(claims.get(Caller.UNIT_CLAIM))) {
            return "no unit";
        }
        JsonNode issuedAt = claims.get("iat");
        if (issuedAt == null || !issuedAt.isNumber()) {
            return "no issue time";
        }
        Instant issued = Instant.ofEpochSecond(issuedAt.asLong());
        if (issued.isAfter(now.plus(CLOCK_SKEW))) {
            return "issued in the future";
        }
        if (issued.plus(maxTokenAge).isBefore(now)) {
            return "older than " + maxTokenAge;
        }
        return null;
    }

    private static boolean isAdministrator(JsonNode groups) {
        if (groups == null) {
            return false;
        }
        for (JsonNode group : groups) {
            if (Roles.ADMIN.equals(group.asText())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isText(JsonNode claim) {
        return claim != null && claim.isTextual() && !claim.asText().isBlank();
    }

    private static JsonNode claimsOf(String rawToken) {
        if (rawToken == null) {
            return null;
        }
        String[] parts = rawToken.split("\\.");
        if (parts.length < 2) {
            return null;
        }
        try {
            return JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | java.io.IOException e) {
            return null;
        }
    }
}
