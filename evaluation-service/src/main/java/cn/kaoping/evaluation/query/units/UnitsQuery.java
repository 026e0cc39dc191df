package cn.kaoping.evaluation.query.units;

import cn.kaoping.evaluation.query.Jdbc;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Reads {@code units}. */
@Singleton
public class UnitsQuery {

    private final Jdbc jdbc;

    UnitsQuery(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UnitView> find(String unitId) {
        return jdbc.first("select * from units where unit_id = ?", UnitsQuery::view, unitId);
    }

    public boolean exists(String unitId) {
        return jdbc.exists("select 1 from units where unit_id = ?", unitId);
    }

    public boolean codeTaken(String code) {
        return jdbc.exists("select 1 from units where code = ?", code);
    }

    public List<UnitView> page(long offset, int limit) {
        return jdbc.list("select * from units order by code, unit_id offset ? limit ?", UnitsQuery::view,
                offset, limit);
    }

    public long count() {
        return jdbc.count("select count(*) from units");
    }

    private static UnitView view(ResultSet row) throws SQLException {
        return new UnitView(row.getString("unit_id"), row.getString("code"), row.getString("name"),
                Jdbc.instant(row, "registered_at"));
    }
}
