package cn.kaoping.evaluation.query.officers;

import cn.kaoping.contracts.evaluation.OfficerRole;
import cn.kaoping.evaluation.query.Jdbc;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Reads {@code officers}. */
@Singleton
public class OfficersQuery {

    private final Jdbc jdbc;

    OfficersQuery(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<OfficerView> find(String officerId) {
        return jdbc.first("select * from officers where officer_id = ?", OfficersQuery::view, officerId);
    }

    public boolean policeNumberTaken(String policeNumber) {
        return jdbc.exists("select 1 from officers where police_number = ?", policeNumber);
    }

    /** Officers of a unit, or of every unit when {@code unitId} is null; by unit, then name. */
    public List<OfficerView> page(String unitId, long offset, int limit) {
        return jdbc.list("""
                select * from officers where (cast(? as varchar) is null or unit_id = ?)
                 order by unit_id, name, officer_id offset ? limit ?""",
                OfficersQuery::view, unitId, unitId, offset, limit);
    }

    public long count(String unitId) {
        return jdbc.count("select count(*) from officers where (cast(? as varchar) is null or unit_id = ?)",
                unitId, unitId);
    }

    private static OfficerView view(ResultSet row) throws SQLException {
        return new OfficerView(row.getString("officer_id"), row.getString("police_number"), row.getString("name"),
                row.getString("unit_id"), Jdbc.strings(row, "roles").stream().map(OfficerRole::valueOf).toList(),
                Jdbc.instant(row, "registered_at"));
    }
}
