package cn.kaoping.evaluation.infrastructure.deadlines;

import cn.kaoping.evaluation.deadline.DeadlineKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/** The {@code deadline} table as the tests look at it. */
final class DeadlineRows {

    private final DataSource dataSource;

    DeadlineRows(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    Optional<DeadlineState> state(String caseFileId, DeadlineKind kind) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select state from deadline where case_file_id = ? and kind = ?")) {
            select.setString(1, caseFileId);
            select.setString(2, kind.name());
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(DeadlineState.valueOf(row.getString(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens a fired row again, as if its instance had died before recording the firing. */
    void reopen(String caseFileId, DeadlineKind kind) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("""
                     update deadline set state = 'OPEN', fired_at = null, claimed_until = null, claimed_by = null
                      where case_file_id = ? and kind = ?""")) {
            update.setString(1, caseFileId);
            update.setString(2, kind.name());
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("no deadline " + kind + " of " + caseFileId);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
