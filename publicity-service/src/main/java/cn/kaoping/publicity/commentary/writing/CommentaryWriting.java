package cn.kaoping.publicity.commentary.writing;

import cn.kaoping.domain.DomainException;
import cn.kaoping.domain.FieldError;
import cn.kaoping.publicity.ErrorCode;
import cn.kaoping.publicity.commentary.Commentary;
import cn.kaoping.publicity.commentary.CommentaryRows;
import cn.kaoping.runtime.db.Db;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Writing and editing case commentaries (P4, 案件点评) as drafts. */
@ApplicationScoped
public class CommentaryWriting {

    private final Db db;

    public CommentaryWriting(Db db) {
        this.db = db;
    }

    /** 400 (field caseFileId, UNKNOWN_CASE_FILE) when the projection does not know the file. */
    public Commentary write(WriteCommentary command) {
        return db.inTransaction(h -> {
            Optional<Optional<YearMonth>> month = h.createQuery(
                            "SELECT evaluation_month FROM case_file WHERE case_file_id = :id")
                    .bind("id", command.caseFileId())
                    .map((row, ctx) -> Optional.ofNullable(row.getString(1)).map(YearMonth::parse))
                    .findOne();
            if (month.isEmpty()) {
                throw DomainException.invalid(ErrorCode.VALIDATION_FAILED,
                        List.of(FieldError.of("caseFileId", ErrorCode.UNKNOWN_CASE_FILE, command.caseFileId())));
            }
            String id = UUID.randomUUID().toString();
            h.createUpdate("""
                            INSERT INTO commentary (commentary_id, case_file_id, month, title, body, state, created_by,
                                                    created_at, updated_at)
                            VALUES (:id, :file, :month, :title, :body, 'DRAFT', :by, :at, :at)""")
                    .bind("id", id).bind("file", command.caseFileId()).bind("month", month.get().orElse(null))
                    .bind("title", command.title().strip()).bind("body", command.body())
                    .bind("by", command.actor().id()).bind("at", command.at())
                    .execute();
            return CommentaryRows.load(h, id).orElseThrow();
        });
    }

    /** The edited draft; empty when there is no such commentary; 409 COMMENTARY_PUBLISHED once published. */
    public Optional<Commentary> edit(EditCommentary command) {
        return db.inTransaction(h -> {
            Optional<String> state = CommentaryRows.lockState(h, command.commentaryId());
            if (state.isEmpty()) {
                return Optional.<Commentary>empty();
            }
            if (Commentary.PUBLISHED.equals(state.get())) {
                throw DomainException.conflict(ErrorCode.COMMENTARY_PUBLISHED, command.commentaryId());
            }
            h.createUpdate("UPDATE commentary SET title = :title, body = :body, updated_at = :at"
                            + " WHERE commentary_id = :id")
                    .bind("title", command.title().strip()).bind("body", command.body()).bind("at", command.at())
                    .bind("id", command.commentaryId())
                    .execute();
            return CommentaryRows.load(h, command.commentaryId());
        });
    }
}
