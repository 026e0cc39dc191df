package cn.kaoping.evaluation.query.units;

import cn.kaoping.contracts.evaluation.UnitRegistered;
import cn.kaoping.contracts.evaluation.UnitRenamed;
import cn.kaoping.evaluation.query.SynchronousReadModel;
import cn.kaoping.runtime.db.Db;
import jakarta.inject.Singleton;
import java.util.List;
import org.axonframework.eventhandling.EventHandler;

/** Keeps {@code units} under their current names; its unique code constraint fails the second of two racing registrations. */
@Singleton
public class UnitsProjection implements SynchronousReadModel {

    private final Db db;

    UnitsProjection(Db db) {
        this.db = db;
    }

    @Override
    public List<String> tables() {
        return List.of("units");
    }

    @EventHandler
    void on(UnitRegistered event) {
        db.useHandle(handle -> handle.createUpdate("""
                        insert into units (unit_id, code, name, registered_at, registered_by)
                        values (:unitId, :code, :name, :at, :actorId)
                        on conflict (unit_id) do nothing""")
                .bind("unitId", event.unitId())
                .bind("code", event.code())
                .bind("name", event.name())
                .bind("at", event.occurredAt())
                .bind("actorId", event.actorId())
                .execute());
    }

    @EventHandler
    void on(UnitRenamed event) {
        db.useHandle(handle -> handle.createUpdate("""
                        update units set name = :name, changed_at = :at, changed_by = :actorId where unit_id = :unitId""")
                .bind("unitId", event.unitId())
                .bind("name", event.name())
                .bind("at", event.occurredAt())
                .bind("actorId", event.actorId())
                .execute());
    }
}
