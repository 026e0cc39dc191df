package cn.kaoping.evaluation.query.officers;

import cn.kaoping.contracts.evaluation.OfficerDeactivated;
import cn.kaoping.contracts.evaluation.OfficerRegistered;
import cn.kaoping.contracts.evaluation.OfficerTransferred;
import cn.kaoping.contracts.evaluation.OfficerUpdated;
import cn.kaoping.evaluation.query.SynchronousReadModel;
import cn.kaoping.runtime.db.Db;
import jakarta.inject.Singleton;
import java.util.List;
import org.axonframework.eventhandling.EventHandler;

/**
 * Keeps {@code officers} as each officer now stands (name, roles, current unit, in service or not); its unique
 * police-number constraint fails the second of two racing registrations.
 */
@Singleton
public class OfficersProjection implements SynchronousReadModel {

    private final Db db;

    OfficersProjection(Db db) {
        this.db = db;
    }

    @Override
    public List<String> tables() {
        return List.of("officers");
    }

    @EventHandler
    void on(OfficerRegistered event) {
        db.useHandle(handle -> handle.createUpdate("""
                        insert into officers (officer_id, police_number, name, unit_id, roles, registered_at,
                            registered_by)
                        values (:officerId, :policeNumber, :name, :unitId, :roles, :at, :actorId)
                        on conflict (officer_id) do nothing""")
                .bind("officerId", event.officerId())
                .bind("policeNumber", event.policeNumber())
                .bind("name", event.name())
                .bind("unitId", event.unitId())
                .bindArray("roles", String.class, event.roles().stream().map(Enum::name).toList())
                .bind("at", event.occurredAt())
                .bind("actorId", event.actorId())
                .execute());
    }

    @EventHandler
    void on(OfficerUpdated event) {
        db.useHandle(handle -> handle.createUpdate("""
                        update officers set name = :name, roles = :roles, changed_at = :at, changed_by = :actorId
                         where officer_id = :officerId""")
                .bind("officerId", event.officerId())
                .bind("name", event.name())
                .bindArray("roles", String.class, event.roles().stream().map(Enum::name).toList())
                .bind("at", event.occurredAt())
                .bind("actorId", event.actorId())
                .execute());
    }

    @EventHandler
    void on(OfficerTransferred event) {
        db.useHandle(handle -> handle.createUpdate("""
                        update officers set unit_id = :unitId, changed_at = :at, changed_by = :actorId
                         where officer_id = :officerId""")
                .bind("officerId", event.officerId())
                .bind("unitId", event.toUnitId())
                .bind("at", event.occurredAt())
                .bind("actorId", event.actorId())
                .execute());
    }

    @EventHandler
    void on(OfficerDeactivated event) {
        db.useHandle(handle -> handle.createUpdate("""
                        update officers set active = false, deactivated_on = :effectiveOn, changed_at = :at,
                            changed_by = :actorId
                         where officer_id = :officerId""")
                .bind("officerId", event.officerId())
                .bind("effectiveOn", event.effectiveOn())
                .bind("at", event.occurredAt())
                .bind("actorId", event.actorId())
                .execute());
    }
}
