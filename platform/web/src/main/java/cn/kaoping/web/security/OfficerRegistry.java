package cn.kaoping.web.security;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the service's officer registry says of a caller: his unit now, the roles he is registered with, and whether
 * he is still in service. {@link RegisteredIdentity} asks it for every authenticated request because the registry knows better
 * than a token issued hours ago: a transferred legal officer may no longer act for his old unit, a reviewer
 * transferred into a unit may no longer review its files, a deactivated officer may do nothing. A service without a
 * registry (none today) trusts the token alone.
 */
public interface OfficerRegistry {

    /** The officer as registered, or empty when the registry does not know him (an administrator, a system). */
    Optional<Registration> registration(String officerId);

    /** An officer as the registry knows him. */
    record Registration(String unitId, Set<String> roles, boolean active) {

        public Registration {
            roles = Set.copyOf(roles);
        }

        /** Of the roles a token claims, those the registry grants too; none once the officer is deactivated. */
        public Set<String> grant(Set<String> claimed) {
            return active ? claimed.stream().filter(roles::contains).collect(Collectors.toUnmodifiableSet()) : Set.of();
        }
    }
}
