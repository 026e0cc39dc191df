package cn.kaoping.runtime.directory;

import cn.kaoping.runtime.db.Db;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Who is who, as the evaluation stream says (read side of {@link DirectoryProjection}): unit and officer names for
 * pages and documents, an officer's current unit, roles and whether he is still in service for access rules and for
 * lists such as the expected attendees of a meeting. Looking an officer up by id finds him whatever his state (his
 * records stay his and print his name); the lists of who is expected to do something hold active officers only.
 */
@ApplicationScoped
public class Directory {

    private static final String OFFICER_COLUMNS = "officer_id, police_number, name, unit_id, roles, active, deactivated_on";

    private final Db db;

    Directory(Db db) {
        this.db = db;
    }

    public Optional<Unit> unit(String unitId) {
        return db.withHandle(h -> h.createQuery("SELECT unit_id, code, name FROM unit_directory WHERE unit_id = :id")
                .bind("id", unitId).map(Directory::unitRow).findOne());
    }

    public List<Unit> units() {
        return db.withHandle(h -> h.createQuery("SELECT unit_id, code, name FROM unit_directory ORDER BY code, unit_id")
                .map(Directory::unitRow).list());
    }

    /** The officer, active or not. */
    public Optional<Officer> officer(String officerId) {
        return db.withHandle(h -> officer(h, officerId));
    }

    /** The officer, active or not, read within the caller's transaction. */
    public static Optional<Officer> officer(Handle h, String officerId) {
        return h.createQuery("SELECT " + OFFICER_COLUMNS + " FROM officer_directory WHERE officer_id = :id")
                .bind("id", officerId).map(Directory::officerRow).findOne();
    }

    /** Officers by id, active or not (unknown ids are left out). */
    public Map<String, Officer> officers(Collection<String> officerIds) {
        if (officerIds.isEmpty()) {
            return Map.of();
        }
        return db.withHandle(h -> h.createQuery("SELECT " + OFFICER_COLUMNS
                        + " FROM officer_directory WHERE officer_id = ANY (:ids)")
                .bindArray("ids", String.class, List.copyOf(officerIds))
                .map(Directory::officerRow).list())
                .stream().collect(Collectors.toMap(Officer::officerId, o -> o));
    }

    /**
     * Active officers holding a role (e.g. {@code UNIT_LEGAL_OFFICER}: the legal officers expected at a meeting), by
     * unit code then police number. A deactivated officer is expected nowhere.
     */
    public List<Officer> officersWithRole(String role) {
        return db.withHandle(h -> h.createQuery("""
                        SELECT o.officer_id, o.police_number, o.name, o.unit_id, o.roles, o.active, o.deactivated_on
                          FROM officer_directory o LEFT JOIN unit_directory u ON u.unit_id = o.unit_id
                         WHERE :role = ANY (o.roles) AND o.active
                         ORDER BY u.code, o.police_number, o.officer_id""")
                .bind("role", role).map(Directory::officerRow).list());
    }

    /**
     * The active officers a unit has now (transferred officers count in their new unit), by police number: those
     * who may take part in what the unit does, such as relaying a meeting.
     */
    public List<Officer> officersOf(String unitId) {
        return db.withHandle(h -> h.createQuery("SELECT " + OFFICER_COLUMNS
                        + " FROM officer_directory WHERE unit_id = :unit AND active ORDER BY police_number, officer_id")
                .bind("unit", unitId).map(Directory::officerRow).list());
    }

    /** The name of a unit, or its id while the directory does not know it yet. */
    public String unitName(String unitId) {
        return unitId == null ? null : unit(unitId).map(Unit::name).orElse(unitId);
    }

    /** The name of an officer (active or not), or his id while the directory does not know him yet. */
    public String officerName(String officerId) {
        return officerId == null ? null : officer(officerId).map(Officer::name).orElse(officerId);
    }

    private static Unit unitRow(ResultSet row, StatementContext ctx) throws SQLException {
        return new Unit(row.getString("unit_id"), row.getString("code"), row.getString("name"));
    }

    private static Officer officerRow(ResultSet row, StatementContext ctx) throws SQLException {
        java.sql.Array roles = row.getArray("roles");
        return new Officer(row.getString("officer_id"), row.getString("police_number"), row.getString("name"),
                row.getString("unit_id"), roles == null ? List.of() : List.of((String[]) roles.getArray()),
                row.getBoolean("active"), row.getObject("deactivated_on", LocalDate.class));
    }

    /** A unit (派出所, 大队 …). */
    public record Unit(String unitId, String code, String name) {
    }

    /** An officer (民警) with the roles he holds, his current unit, and whether he is still in service. */
    public record Officer(String officerId, String policeNumber, String name, String unitId, List<String> roles,
                          boolean active, LocalDate deactivatedOn) {

        public boolean hasRole(String role) {
            return roles.contains(role);
        }
    }
}
