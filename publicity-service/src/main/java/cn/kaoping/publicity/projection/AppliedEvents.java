package cn.kaoping.publicity.projection;

import cn.kaoping.publicity.db.Sql;
import java.sql.Connection;
import java.sql.SQLException;

/** The envelope ids already applied: the projection's memory against redelivery. */
final class AppliedEvents {

    private AppliedEvents() {
    }

    /** Records the event; false when it was recorded before (then it must not be applied again). */
    static boolean firstTime(Connection tx, String eventId, String type, String subject) throws SQLException {
        return Sql.update(tx, """
                INSERT INTO applied_event (event_id, event_type, subject) VALUES (?, ?, ?)
                ON CONFLICT (event_id) DO NOTHING""", eventId, type, subject) == 1;
    }
}
