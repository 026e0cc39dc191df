package cn.kaoping.web.security;

import cn.kaoping.contracts.Actor;
import cn.kaoping.web.problem.AccessDeniedException;
import cn.kaoping.web.problem.UnauthenticatedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The person behind the current request, read from its JWT ({@code sub}, {@code groups}, {@code unit}) and checked
 * against the service's {@link OfficerRegistry} by {@link RegisteredIdentity}: for a registered officer the
 * registry's unit replaces the token's claim, his roles are those both the token and the registry grant, and a
 * deactivated officer has none. What they may
 * see is {@link AccessScope}'s decision, made in that one place. The {@code require*} methods throw
 * {@link AccessDeniedException} (403 problem) or {@link UnauthenticatedException} (401 problem). Without a token, the
 * caller is anonymous.
 */
@RequestScoped
public class Caller {

    /** JWT claim holding the caller's unit id. */
    public static final String UNIT_CLAIM = "unit";

    private String id;
    private String name;
    private String unitId;
    private Set<String> roles;

    /** For the CDI client proxy only. */
    protected Caller() {
    }

    /** The caller of the current request, as its identity was checked against the registry. */
    @Inject
    public Caller(JsonWebToken jwt, SecurityIdentity identity) {
        this(jwt);
        OfficerRegistry.Registration registration = identity.getAttribute(RegisteredIdentity.REGISTRATION);
        if (id != null && registration != null) {
            unitId = blankToNull(registration.unitId());
            roles = registration.grant(roles);
        }
    }

    /** A caller read from the token alone. */
    public Caller(JsonWebToken jwt) {
        this(jwt.getSubject(), nameOf(jwt), text(jwt.getClaim(UNIT_CLAIM)), jwt.getGroups());
    }

    private Caller(String id, String name, String unitId, Set<String> roles) {
        this.id = blankToNull(id);
        this.name = name == null ? this.id : name;
        this.unitId = blankToNull(unitId);
        this.roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    /** A caller outside an HTTP request (tests, batch work acting for someone). */
    public static Caller of(String id, String unitId, String... roles) {
        return new Caller(id, id, unitId, Set.of(roles));
    }

    /** The officer id ({@code sub}); {@code null} when anonymous. */
    public String id() {
        return id;
    }

    /** Display name ({@code name}, else {@code upn}, {@code preferred_username}, else the id). */
    public String name() {
        return name;
    }

    /** The caller's unit: the registry's for a registered officer, else the {@code unit} claim; null for ADMIN. */
    public String unitId() {
        return unitId;
    }

    public Set<String> roles() {
        return roles;
    }

    public boolean isAuthenticated() {
        return id != null;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(String... anyOf) {
        return Arrays.stream(anyOf).anyMatch(roles::contains);
    }

    /** Reviewers, leadership and administrators see every unit. */
    public boolean seesAllUnits() {
        return roles.stream().anyMatch(Roles.SEE_ALL_UNITS::contains);
    }

    /** Whether the caller belongs to this unit (by {@link #unitId()}), whatever the role. */
    public boolean isOfUnit(String otherUnitId) {
        return unitId != null && unitId.equals(otherUnitId);
    }

    /** 401 unless a valid token came with the request. */
    public void requireAuthenticated() {
        if (!isAuthenticated()) {
            throw new UnauthenticatedException();
        }
    }

    /** 403 unless the caller has at least one of these roles. */
    public void requireAnyRole(String... anyOf) {
        requireAuthenticated();
        if (!hasAnyRole(anyOf)) {
            throw new AccessDeniedException("access.role", String.join(", ", anyOf));
        }
    }

    /** The caller as the {@code actor} of the events their request causes. */
    public Actor actor() {
        requireAuthenticated();
        return new Actor(id, name, Roles.ALL.stream().filter(roles::contains).toList());
    }

    @Override
    public String toString() {
        return "Caller[" + id + ", unit " + unitId + ", " + roles + "]";
    }

    private static String nameOf(JsonWebToken jwt) {
        for (String claim : List.of("name", "upn", "preferred_username")) {
            String value = text(jwt.getClaim(claim));
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    /** Claims may come as a {@link String} or as a JSON-P value, depending on how the token was parsed. */
    private static String text(Object claim) {
        if (claim == null) {
            return null;
        }
        return claim instanceof JsonString json ? json.getString() : Objects.toString(claim);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
