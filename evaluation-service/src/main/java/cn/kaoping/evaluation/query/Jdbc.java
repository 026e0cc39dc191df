package cn.kaoping.evaluation.query;

import cn.kaoping.contracts.Json;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Plain JDBC for the read models, on the service's data source. Within a command's transaction every statement
 * runs on that transaction's connection (Agroal enlists it in JTA); outside, each call autocommits.
 *
 * <p>Parameters: {@link Instant} is bound as {@code timestamptz}, {@link YearMonth} and enums as text, a
 * {@link Collection} as a text array, a {@link JsonValue} as text (write {@code cast(? as jsonb)}).
 */
@Singleton
public class Jdbc {

    private final DataSource dataSource;

    public Jdbc(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A row mapper. */
    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** A value to write as JSON. */
    public record JsonValue(Object value) {
        String text() {
            return Json.write(value);
        }
    }

    public static JsonValue json(Object value) {
        return new JsonValue(value);
    }

    public int update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new ReadModelException(sql, e);
        }
    }

    public <T> List<T> list(String sql, Row<T> mapper, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet rows = statement.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rows.next()) {
                result.add(mapper.map(rows));
            }
            return result;
        } catch (SQLException e) {
            throw new ReadModelException(sql, e);
        }
    }

    public <T> Optional<T> first(String sql, Row<T> mapper, Object... parameters) {
        List<T> rows = list(sql, mapper, parameters);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    public long count(String sql, Object... parameters) {
        return first(sql, row -> row.getLong(1), parameters).orElse(0L);
    }

    public boolean exists(String sql, Object... parameters) {
        return first(sql, row -> Boolean.TRUE, parameters).isPresent();
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.length; i++) {
                bind(connection, statement, i + 1, parameters[i]);
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    private static void bind(Connection connection, PreparedStatement statement, int index, Object value)
            throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.NULL);
        } else if (value instanceof Instant instant) {
            statement.setObject(index, instant.atOffset(ZoneOffset.UTC));
        } else if (value instanceof YearMonth || value instanceof Enum<?>) {
            statement.setString(index, value instanceof Enum<?> e ? e.name() : value.toString());
        } else if (value instanceof Collection<?> values) {
            statement.setArray(index, connection.createArrayOf("varchar",
                    values.stream().map(String::valueOf).toArray()));
        } else if (value instanceof JsonValue json) {
            statement.setString(index, json.text());
        } else {
            statement.setObject(index, value);
        }
    }

    // ---- reading columns -----------------------------------------------------------------------------

    public static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    public static java.time.LocalDate date(ResultSet row, String column) throws SQLException {
        return row.getObject(column, java.time.LocalDate.class);
    }

    public static Integer integer(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    public static Boolean bool(ResultSet row, String column) throws SQLException {
        boolean value = row.getBoolean(column);
        return row.wasNull() ? null : value;
    }

    public static List<String> strings(ResultSet row, String column) throws SQLException {
        java.sql.Array array = row.getArray(column);
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        List<String> result = new ArrayList<>(values.length);
        for (Object value : values) {
            result.add(String.valueOf(value));
        }
        return List.copyOf(result);
    }

    public static <T> T fromJson(ResultSet row, String column, Class<T> type) throws SQLException {
        String text = row.getString(column);
        return text == null ? null : Json.read(text, type);
    }
}
