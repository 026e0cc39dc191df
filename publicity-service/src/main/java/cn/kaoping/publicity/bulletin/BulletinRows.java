package cn.kaoping.publicity.bulletin;

import cn.kaoping.contracts.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** The {@code bulletin} table: how a row reads, shared by the use cases and the queries. */
public final class BulletinRows {

    public static final String COLUMNS = "bulletin_id, month, title, body, units_json, state, year, issue_number,"
            + " created_by, created_at, updated_at, published_by, published_at";
    private static final TypeReference<List<BulletinUnit>> UNITS = new TypeReference<>() {
    };

    private BulletinRows() {
    }

    public static Optional<Bulletin> load(Handle h, String id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM bulletin WHERE bulletin_id = :id").bind("id", id)
                .map(BulletinRows::map).findOne();
    }

    /** The bulletin, its row locked until the transaction ends. */
    public static Optional<Bulletin> lock(Handle h, String id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM bulletin WHERE bulletin_id = :id FOR UPDATE").bind("id", id)
                .map(BulletinRows::map).findOne();
    }

    public static Bulletin map(ResultSet row, StatementContext ctx) throws SQLException {
        List<BulletinUnit> units;
        try {
            units = Json.mapper().readValue(row.getString("units_json"), UNITS);
        } catch (JsonProcessingException e) {
            throw new SQLException("unreadable units_json of bulletin " + row.getString("bulletin_id"), e);
        }
        return new Bulletin(row.getString("bulletin_id"), YearMonth.parse(row.getString("month")),
                row.getString("title"), row.getString("body"), row.getString("state"),
                row.getObject("year", Integer.class), row.getObject("issue_number", Integer.class), units,
                row.getString("created_by"), instant(row, "created_at"), instant(row, "updated_at"),
                row.getString("published_by"), instant(row, "published_at"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
