package cn.kaoping.evaluation.infrastructure.deadlines;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Reads the open deadlines, soonest first. */
@ApplicationScoped
public class OpenDeadlines {

    private final DataSource dataSource;

    OpenDeadlines(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * @param dueBefore only deadlines whose last day on time is before this date
     * @param unitId    only this unit's
     */
    public List<OpenDeadline> page(Optional<LocalDate> dueBefore, Optional<String> unitId, int offset, int limit)
            throws SQLException {
        List<OpenDeadline> items = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select case_file_id, case_number, kind, due_on, due_at, unit_id from deadline"
                             + where(dueBefore, unitId)
                             + " order by due_on, due_at, case_number, kind limit ? offset ?")) {
            int next = bind(select, dueBefore, unitId);
            select.setInt(next, limit);
            select.setInt(next + 1, offset);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    items.add(new OpenDeadline(rows.getString(1), rows.getString(2),
                            DeadlineKind.valueOf(rows.getString(3)), rows.getObject(4, LocalDate.class),
                            rows.getObject(5, OffsetDateTime.class).toInstant(), rows.getString(6)));
                }
            }
        }
        return items;
    }

    public long count(Optional<LocalDate> dueBefore, Optional<String> unitId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement count = connection.prepareStatement(
                     "select count(*) from deadline" + where(dueBefore, unitId))) {
            bind(count, dueBefore, unitId);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static String where(Optional<LocalDate> dueBefore, Optional<String> unitId) {
        return " where state = 'OPEN'"
                + (dueBefore.isPresent() ? " and due_on < ?" : "")
                + (unitId.isPresent() ? " and unit_id = ?" : "");
    }

    private static int bind(PreparedStatement statement, Optional<LocalDate> dueBefore, Optional<String> unitId)
            throws SQLException {
        int index = 1;
        if (dueBefore.isPresent()) {
            statement.setObject(index++, dueBefore.get());
        }
        if (unitId.isPresent()) {
            statement.setString(index++, unitId.get());
        }
        return index;
    }
}
