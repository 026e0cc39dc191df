package cn.kaoping.runtime.directory;

import cn.kaoping.web.security.OfficerRegistry;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.Optional;

/**
 * The officer registry of a projection service: its {@link Directory}, as the evaluation stream filled it (his current
 * unit after a transfer; no roles once deactivated, as {@link Registration#grant} says). A service
 * that keeps the registry itself (evaluation) replaces this bean with its own.
 */
@DefaultBean
@ApplicationScoped
public class DirectoryRegistry implements OfficerRegistry {

    private final Directory directory;

    DirectoryRegistry(Directory directory) {
        this.directory = directory;
    }

    @Override
    public Optional<Registration> registration(String officerId) {
        return directory.officer(officerId)
                .map(officer -> new Registration(officer.unitId(), new HashSet<>(officer.roles()), officer.active()));
    }
}
