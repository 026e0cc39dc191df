package cn.kaoping.runtime.directory;

import cn.kaoping.contracts.evaluation.OfficerDeactivated;
import cn.kaoping.contracts.evaluation.OfficerRegistered;
import cn.kaoping.contracts.evaluation.OfficerRole;
import cn.kaoping.contracts.evaluation.OfficerTransferred;
import cn.kaoping.contracts.evaluation.OfficerUpdated;
import cn.kaoping.contracts.evaluation.UnitRegistered;
import cn.kaoping.contracts.evaluation.UnitRenamed;
import cn.kaoping.runtime.projection.EnvelopeProjection;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The part of a service's projection that keeps the directory of units and officers (names as pages print
 * them, the roles an officer holds, his current unit, whether he is still in service): add it with
 * {@code builder.with(DirectoryProjection::declare)}. Each officer's events come in order (one Kafka key, his id).
 */
public final class DirectoryProjection {

    /** Tables the directory keeps, emptied by a rebuild. */
    public static final String[] TABLES = {"unit_directory", "officer_directory"};

    private DirectoryProjection() {
    }

    public static void declare(EnvelopeProjection.Builder builder) {
        builder.on(UnitRegistered.class, (tx, e, envelope) -> unit(tx, e.unitId(), e.code(), e.name()))
                .on(UnitRenamed.class, (tx, e, envelope) -> unit(tx, e.unitId(), e.code(), e.name()))
                .on(OfficerRegistered.class, (tx, e, envelope) ->
                        officer(tx, e.officerId(), e.policeNumber(), e.name(), e.unitId(), e.roles()))
                .on(OfficerUpdated.class, (tx, e, envelope) ->
                        officer(tx, e.officerId(), e.policeNumber(), e.name(), e.unitId(), e.roles()))
                .on(OfficerTransferred.class, (tx, e, envelope) -> transferred(tx, e))
                .on(OfficerDeactivated.class, (tx, e, envelope) -> deactivated(tx, e))
                .clears(TABLES);
    }

    /** Registered or renamed: the event carries the unit as it now stands. */
    static void unit(Handle tx, String unitId, String code, String name) {
        tx.createUpdate("""
                        INSERT INTO unit_directory (unit_id, code, name) VALUES (:id, :code, :name)
                        ON CONFLICT (unit_id) DO UPDATE SET code = EXCLUDED.code, name = EXCLUDED.name""")
                .bind("id", unitId).bind("code", code).bind("name", name)
                .execute();
    }

    /** Registered or updated: the event carries the officer as he now stands; whether he is active it leaves alone. */
    static void officer(Handle tx, String officerId, String policeNumber, String name, String unitId,
                        List<OfficerRole> roles) {
        tx.createUpdate("""
                        INSERT INTO officer_directory (officer_id, police_number, name, unit_id, roles)
                        VALUES (:id, :number, :name, :unit, :roles)
                        ON CONFLICT (officer_id) DO UPDATE SET police_number = EXCLUDED.police_number,
                            name = EXCLUDED.name, unit_id = EXCLUDED.unit_id, roles = EXCLUDED.roles""")
                .bind("id", officerId).bind("number", policeNumber).bind("name", name)
                .bind("unit", unitId)
                .bindArray("roles", String.class, roles.stream().map(OfficerRole::name).toList())
                .execute();
    }

    /** His current unit only: the files he handled keep the unit they were registered under in each service. */
    static void transferred(Handle tx, OfficerTransferred e) {
        tx.createUpdate("UPDATE officer_directory SET unit_id = :unit WHERE officer_id = :id")
                .bind("id", e.officerId()).bind("unit", e.toUnitId())
                .execute();
    }

    static void deactivated(Handle tx, OfficerDeactivated e) {
        tx.createUpdate("UPDATE officer_directory SET active = false, deactivated_on = :on WHERE officer_id = :id")
                .bind("id", e.officerId()).bind("on", e.effectiveOn())
                .execute();
    }
}
