package cn.kaoping.publicity.commentary;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The {@code commentary} table with the file's facts from the projection (case number, unit, officer,
 * deduction), joined when read; shared by the use cases and the queries.
 */
public final class CommentaryRows {

    public static final String SELECT = """
            SELECT c.commentary_id, c.case_file_id, f.case_number, f.unit_id, u.name AS unit_name,
                   f.primary_officer_id, o.name AS officer_name, f.total_deduction, c.month, c.title, c.body, c.state,
                   c.created_by, c.created_at, c.updated_at, c.published_by, c.published_at
              FROM commentary c
              LEFT JOIN case_file f ON f.case_file_id = c.case_file_id
              LEFT JOIN unit_directory u ON u.unit_id = f.unit_id
              LEFT JOIN officer_directory o ON o.officer_id = f.primary_officer_id
            """;

    private CommentaryRows() {
    }

    public static Optional<Commentary> load(Handle h, String id) {
        return h.createQuery(SELECT + " WHERE c.commentary_id = :id").bind("id", id).map(CommentaryRows::map).findOne();
    }

    /** The commentary's state, its row locked until the transaction ends; empty when there is none. */
    public static Optional<String> lockState(Handle h, String id) {
        return h.createQuery("SELECT state FROM commentary WHERE commentary_id = :id FOR UPDATE").bind("id", id)
                .mapTo(String.class).findOne();
    }

    public static Commentary map(ResultSet row, StatementContext ctx) throws SQLException {
        String month = row.getString("month");
        return new Commentary(row.getString("commentary_id"), row.getString("case_file_id"),
                row.getString("case_number"), row.getString("unit_id"), row.getString("unit_name"),
                row.getString("primary_officer_id"), row.getString("officer_name"), row.getBigDecimal("total_deduction"),
                month == null ? null : YearMonth.parse(month), row.getString("title"), row.getString("body"),
                row.getString("state"), row.getString("created_by"), instant(row, "created_at"),
                instant(row, "updated_at"), row.getString("published_by"), instant(row, "published_at"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
