package cn.kaoping.evaluation.query.officers;

import cn.kaoping.contracts.evaluation.OfficerRegistered;
import cn.kaoping.evaluation.infrastructure.axon.SynchronousReadModel;
import cn.kaoping.evaluation.query.Jdbc;
import jakarta.inject.Singleton;
import java.util.List;
import org.axonframework.eventhandling.EventHandler;

/** Keeps {@code officers}; its unique police-number constraint fails the second of two racing registrations. */
@Singleton
public class OfficersProjection implements SynchronousReadModel {

    private final Jdbc jdbc;

    OfficersProjection(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> tables() {
        return List.of("officers");
    }

    @EventHandler
    void on(OfficerRegistered event) {
        jdbc.update("""
                insert into officers (officer_id, police_number, name, unit_id, roles, registered_at, registered_by)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (officer_id) do nothing""",
                event.officerId(), event.policeNumber(), event.name(), event.unitId(),
                event.roles().stream().map(Enum::name).toList(), event.occurredAt(), event.actorId());
    }
}
