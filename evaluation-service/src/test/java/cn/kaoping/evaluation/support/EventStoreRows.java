package cn.kaoping.evaluation.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Counts what the event store holds, to prove that a rejected request appended nothing. */
public final class EventStoreRows {

    private final DataSource dataSource;

    public EventStoreRows(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public long total() {
        return count("select count(*) from domain_event_entry");
    }

    public long ofAggregate(String aggregateId) {
        return count("select count(*) from domain_event_entry where aggregate_identifier = ?", aggregateId);
    }

    /** Events of one type (simple class name) whose JSON payload contains the text. */
    public long ofTypeContaining(String simpleType, String text) {
        return count("""
                select count(*) from domain_event_entry
                 where payload_type = ? and convert_from(payload, 'UTF8') like ?""",
                "cn.kaoping.contracts.evaluation." + simpleType, "%" + text + "%");
    }

    public long count(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
