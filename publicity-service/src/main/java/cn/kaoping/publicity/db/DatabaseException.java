package cn.kaoping.publicity.db;

import java.sql.SQLException;

/** An unexpected database failure (a bug or an outage): answered 500 with an incident id. */
public class DatabaseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DatabaseException(SQLException cause) {
        super(cause.getMessage(), cause);
    }
}
