package cn.kaoping.runtime.db;

import cn.kaoping.contracts.Json;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.YearMonth;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Handles;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.HandleConsumer;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.spi.JdbiPlugin;
import org.jdbi.v3.postgres.PostgresPlugin;

/**
 * The one way every service talks SQL: JDBI 3 on the service's Agroal pool.
 *
 * <p>Binding rules, the same in every service: {@link java.time.Instant} and the other java.time types as
 * JDBI binds them ({@code timestamptz}, {@code date}); {@link YearMonth} as text {@code 2017-05}; enums by name; a
 * {@code List<String>} or {@code String[]} as a {@code text[]}; a value wrapped in {@link JsonText} as text, to be
 * cast in SQL ({@code cast(:data as jsonb)}). Rows map with a lambda, or to a record with
 * {@code map(ConstructorMapper.of(View.class))} (columns by snake_case name).
 *
 * <p>{@link #inTransaction} runs local transactions; evaluation-service, whose read models join a JTA
 * transaction, calls {@link #withHandle} inside it (Agroal enlists the connection, so JDBI must not commit).
 */
@ApplicationScoped
public class Db {

    private final Jdbi jdbi;

    @Inject
    public Db(AgroalDataSource dataSource) {
        this.jdbi = configure(Jdbi.create((DataSource) dataSource));
    }

    private Db(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** A Db over any data source (tests, the benchmark harness, the launcher). */
    public static Db over(DataSource dataSource) {
        return new Db(configure(Jdbi.create(dataSource)));
    }

    /**
     * A handle on a connection someone else owns and will commit (the projection runner's batch transaction):
     * closing the handle leaves the connection open.
     */
    public static Handle onConnection(Connection connection) {
        BORROWED.set(connection);
        try {
            return ON_BORROWED.open();
        } finally {
            BORROWED.remove();
        }
    }

    /** The connection {@link #onConnection} is opening a handle on (configuring JDBI once, not per record). */
    private static final ThreadLocal<Connection> BORROWED = new ThreadLocal<>();
    private static final Jdbi ON_BORROWED = configure(Jdbi.create(new BorrowedConnection()));

    public Jdbi jdbi() {
        return jdbi;
    }

    /** Runs the work in one transaction: committed when it returns, rolled back when it throws. */
    public <T, X extends Exception> T inTransaction(HandleCallback<T, X> work) throws X {
        return jdbi.inTransaction(work);
    }

    public <X extends Exception> void useTransaction(HandleConsumer<X> work) throws X {
        jdbi.useTransaction(work);
    }

    /** Runs the work on a handle without a transaction of its own (autocommit, or the caller's JTA transaction). */
    public <T, X extends Exception> T withHandle(HandleCallback<T, X> work) throws X {
        return jdbi.withHandle(work);
    }

    public <X extends Exception> void useHandle(HandleConsumer<X> work) throws X {
        jdbi.useHandle(work);
    }

    static Jdbi configure(Jdbi jdbi) {
        jdbi.installPlugin(new PostgresPlugin()).installPlugin(new KaopingTypes());
        // A handle closed inside someone else's transaction (JTA, the projection runner's batch) must leave it
        // alone: whoever began it commits or rolls it back.
        jdbi.getConfig(Handles.class).setForceEndTransactions(false);
        return jdbi;
    }

    /** A value to be written as JSON text. */
    public record JsonText(Object value) {
        public String text() {
            return Json.write(value);
        }
    }

    public static JsonText json(Object value) {
        return new JsonText(value);
    }

    /** The binding rules that JDBI and its Postgres plugin do not have by themselves. */
    private static final class KaopingTypes extends JdbiPlugin.Singleton {
        @Override
        public void customizeJdbi(Jdbi jdbi) {
            jdbi.registerArgument(new YearMonthArgument());
            jdbi.registerArgument(new JsonTextArgument());
            jdbi.registerColumnMapper(YearMonth.class, (row, column, ctx) -> {
                String text = row.getString(column);
                return text == null ? null : YearMonth.parse(text);
            });
            jdbi.registerArrayType(String.class, "text");
        }
    }

    private static final class YearMonthArgument extends AbstractArgumentFactory<YearMonth> {
        YearMonthArgument() {
            super(Types.VARCHAR);
        }

        @Override
        protected Argument build(YearMonth value, ConfigRegistry config) {
            return (position, statement, ctx) -> statement.setString(position, value.toString());
        }
    }

    private static final class JsonTextArgument extends AbstractArgumentFactory<JsonText> {
        JsonTextArgument() {
            super(Types.VARCHAR);
        }

        @Override
        protected Argument build(JsonText value, ConfigRegistry config) {
            return (position, statement, ctx) -> statement.setString(position, value.text());
        }
    }

    /** A connection factory over the borrowed connection, which it never closes. */
    private static final class BorrowedConnection implements org.jdbi.v3.core.ConnectionFactory {
        @Override
        public Connection openConnection() {
            Connection connection = BORROWED.get();
            if (connection == null) {
                throw new IllegalStateException("no connection to borrow: use Db.onConnection");
            }
            return connection;
        }

        @Override
        public void closeConnection(Connection toClose) throws SQLException {
            // the owner commits and closes it
        }
    }
}
