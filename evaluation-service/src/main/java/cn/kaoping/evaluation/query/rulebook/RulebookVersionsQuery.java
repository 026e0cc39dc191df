package cn.kaoping.evaluation.query.rulebook;

import cn.kaoping.contracts.evaluation.RulebookContent;
import cn.kaoping.evaluation.query.Jdbc;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Reads {@code rulebook_versions}. */
@Singleton
public class RulebookVersionsQuery {

    private final Jdbc jdbc;

    RulebookVersionsQuery(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(String versionId) {
        return jdbc.exists("select 1 from rulebook_versions where version_id = ?", versionId);
    }

    public Optional<RulebookContent> content(String versionId) {
        return jdbc.first("select content from rulebook_versions where version_id = ?",
                row -> Jdbc.fromJson(row, "content", RulebookContent.class), versionId);
    }

    public Optional<RulebookVersionView> find(String versionId) {
        return jdbc.first("""
                select version_id, name, effective_from, published_at, published_by from rulebook_versions
                 where version_id = ?""", RulebookVersionsQuery::view, versionId);
    }

    /** By effective date, the latest first. */
    public List<RulebookVersionView> page(long offset, int limit) {
        return jdbc.list("""
                select version_id, name, effective_from, published_at, published_by from rulebook_versions
                 order by effective_from desc, published_at desc offset ? limit ?""",
                RulebookVersionsQuery::view, offset, limit);
    }

    public long count() {
        return jdbc.count("select count(*) from rulebook_versions");
    }

    private static RulebookVersionView view(ResultSet row) throws SQLException {
        return new RulebookVersionView(row.getString("version_id"), row.getString("name"),
                Jdbc.date(row, "effective_from"), Jdbc.instant(row, "published_at"), row.getString("published_by"));
    }
}
