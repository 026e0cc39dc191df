package cn.kaoping.evaluation.query.units;

import cn.kaoping.contracts.evaluation.UnitRegistered;
import cn.kaoping.evaluation.infrastructure.axon.SynchronousReadModel;
import cn.kaoping.evaluation.query.Jdbc;
import jakarta.inject.Singleton;
import java.util.List;
import org.axonframework.eventhandling.EventHandler;

/** Keeps {@code units}; its unique code constraint fails the second of two racing registrations. */
@Singleton
public class UnitsProjection implements SynchronousReadModel {

    private final Jdbc jdbc;

    UnitsProjection(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> tables() {
        return List.of("units");
    }

    @EventHandler
    void on(UnitRegistered event) {
        jdbc.update("""
                insert into units (unit_id, code, name, registered_at, registered_by) values (?, ?, ?, ?, ?)
                on conflict (unit_id) do nothing""",
                event.unitId(), event.code(), event.name(), event.occurredAt(), event.actorId());
    }
}
