package cn.kaoping.web.probe;

import cn.kaoping.web.security.OfficerRegistry;
import cn.kaoping.web.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A registry of two officers: one transferred from unit-a to unit-b, one deactivated. */
@ApplicationScoped
public class ProbeRegistry implements OfficerRegistry {

    public static final String TRANSFERRED = "transferred-1";
    public static final String DEACTIVATED = "deactivated-1";

    private static final Map<String, Registration> OFFICERS = Map.of(
            TRANSFERRED, new Registration("unit-b", Set.of(Roles.UNIT_LEGAL_OFFICER, Roles.OFFICER), true),
            DEACTIVATED, new Registration("unit-a", Set.of(Roles.REVIEWER), false));

    @Override
    public Optional<Registration> registration(String officerId) {
        return Optional.ofNullable(OFFICERS.get(officerId));
    }
}
