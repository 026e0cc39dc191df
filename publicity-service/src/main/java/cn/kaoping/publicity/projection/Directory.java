package cn.kaoping.publicity.projection;

import cn.kaoping.contracts.evaluation.OfficerRegistered;
import cn.kaoping.contracts.evaluation.UnitRegistered;
import cn.kaoping.publicity.db.Sql;
import java.sql.Connection;
import java.sql.SQLException;

/** Names of units and officers, as the lists print them. */
final class Directory {

    private Directory() {
    }

    static void unit(Connection tx, UnitRegistered e) throws SQLException {
        Sql.update(tx, """
                INSERT INTO unit_directory (unit_id, code, name) VALUES (?, ?, ?)
                ON CONFLICT (unit_id) DO UPDATE SET code = EXCLUDED.code, name = EXCLUDED.name""",
                e.unitId(), e.code(), e.name());
    }

    static void officer(Connection tx, OfficerRegistered e) throws SQLException {
        Sql.update(tx, """
                INSERT INTO officer_directory (officer_id, police_number, name, unit_id) VALUES (?, ?, ?, ?)
                ON CONFLICT (officer_id) DO UPDATE SET police_number = EXCLUDED.police_number,
                    name = EXCLUDED.name, unit_id = EXCLUDED.unit_id""",
                e.officerId(), e.policeNumber(), e.name(), e.unitId());
    }
}
