package cn.kaoping.runtime.directory;

import cn.kaoping.contracts.evaluation.OfficerRegistered;
import cn.kaoping.contracts.evaluation.OfficerRole;
import cn.kaoping.contracts.evaluation.UnitRegistered;
import cn.kaoping.runtime.projection.EnvelopeProjection;
import org.jdbi.v3.core.Handle;

/**
 * The part of a service's projection that keeps the directory of units and officers (names as pages print
 * them, the roles an officer holds): add it with {@code builder.with(DirectoryProjection::declare)}.
 */
public final class DirectoryProjection {

    /** Tables the directory keeps, emptied by a rebuild. */
    public static final String[] TABLES = {"unit_directory", "officer_directory"};

    private DirectoryProjection() {
    }

    public static void declare(EnvelopeProjection.Builder builder) {
        builder.on(UnitRegistered.class, (tx, e, envelope) -> unit(tx, e))
                .on(OfficerRegistered.class, (tx, e, envelope) -> officer(tx, e))
                .clears(TABLES);
    }

    static void unit(Handle tx, UnitRegistered e) {
        tx.createUpdate("""
                        INSERT INTO unit_directory (unit_id, code, name) VALUES (:id, :code, :name)
                        ON CONFLICT (unit_id) DO UPDATE SET code = EXCLUDED.code, name = EXCLUDED.name""")
                .bind("id", e.unitId()).bind("code", e.code()).bind("name", e.name())
                .execute();
    }

    static void officer(Handle tx, OfficerRegistered e) {
        tx.createUpdate("""
                        INSERT INTO officer_directory (officer_id, police_number, name, unit_id, roles)
                        VALUES (:id, :number, :name, :unit, :roles)
                        ON CONFLICT (officer_id) DO UPDATE SET police_number = EXCLUDED.police_number,
                            name = EXCLUDED.name, unit_id = EXCLUDED.unit_id, roles = EXCLUDED.roles""")
                .bind("id", e.officerId()).bind("number", e.policeNumber()).bind("name", e.name())
                .bind("unit", e.unitId())
                .bindArray("roles", String.class, e.roles().stream().map(OfficerRole::name).toList())
                .execute();
    }
}
