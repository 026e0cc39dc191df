package cn.kaoping.evaluation.query.officers;

import cn.kaoping.contracts.evaluation.OfficerRole;
import cn.kaoping.runtime.db.Db;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads {@code officers}. */
@Singleton
public class OfficersQuery {

    /** A null unit means every unit: the cast gives PostgreSQL the type of a null parameter. */
    private static final String OF_UNIT = " where (cast(:unitId as text) is null or unit_id = :unitId)";

    private final Db db;

    OfficersQuery(Db db) {
        this.db = db;
    }

    public Optional<OfficerView> find(String officerId) {
        return db.withHandle(handle -> handle.createQuery("select * from officers where officer_id = :officerId")
                .bind("officerId", officerId)
                .map(OfficersQuery::view)
                .findOne());
    }

    public boolean policeNumberTaken(String policeNumber) {
        return db.withHandle(handle -> handle.createQuery(
                        "select exists (select 1 from officers where police_number = :policeNumber)")
                .bind("policeNumber", policeNumber)
                .mapTo(Boolean.class)
                .one());
    }

    /** Officers of a unit, or of every unit when {@code unitId} is null; by unit, then name. */
    public List<OfficerView> page(String unitId, long offset, int limit) {
        return db.withHandle(handle -> handle.createQuery("select * from officers" + OF_UNIT
                        + " order by unit_id, name, officer_id offset :offset limit :limit")
                .bind("unitId", unitId)
                .bind("offset", offset)
                .bind("limit", limit)
                .map(OfficersQuery::view)
                .list());
    }

    public long count(String unitId) {
        return db.withHandle(handle -> handle.createQuery("select count(*) from officers" + OF_UNIT)
                .bind("unitId", unitId)
                .mapTo(Long.class)
                .one());
    }

    private static OfficerView view(ResultSet row, StatementContext context) throws SQLException {
        String[] roles = (String[]) row.getArray("roles").getArray();
        return new OfficerView(row.getString("officer_id"), row.getString("police_number"), row.getString("name"),
                row.getString("unit_id"), Arrays.stream(roles).map(OfficerRole::valueOf).toList(),
                row.getObject("registered_at", OffsetDateTime.class).toInstant(), row.getBoolean("active"),
                row.getObject("deactivated_on", LocalDate.class));
    }
}
