package cn.kaoping.evaluation.query.officers;

import cn.kaoping.web.security.OfficerRegistry;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Evaluation keeps the registry of officers itself: callers are checked against its {@code officers} table, which
 * follows transfers (his current unit) and deactivations (no roles any more).
 */
@Singleton
public class RegisteredOfficers implements OfficerRegistry {

    private final OfficersQuery officers;

    RegisteredOfficers(OfficersQuery officers) {
        this.officers = officers;
    }

    @Override
    public Optional<Registration> registration(String officerId) {
        return officers.find(officerId).map(officer -> new Registration(officer.unitId(),
                officer.roles().stream().map(Enum::name).collect(Collectors.toSet()), officer.active()));
    }
}
