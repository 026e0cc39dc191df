package cn.kaoping.incentive.scheme;

import cn.kaoping.runtime.db.Db;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** The stored scheme versions (I1); the version in force on a day is the latest effective on or before it. */
@ApplicationScoped
public class Schemes {

    private static final String COLUMNS = "SELECT content::text AS content, published_by, published_at FROM scheme_version";

    private final Db db;

    Schemes(Db db) {
        this.db = db;
    }

    public List<SchemeVersion> page(int offset, int limit) {
        return db.withHandle(h -> h.createQuery(COLUMNS + " ORDER BY effective_from DESC LIMIT :limit OFFSET :offset")
                .bind("limit", limit).bind("offset", offset).map(Schemes::row).list());
    }

    public long count() {
        return db.withHandle(h -> h.createQuery("SELECT count(*) FROM scheme_version").mapTo(Long.class).one());
    }

    public Optional<SchemeVersion> find(String versionId) {
        return db.withHandle(h -> find(h, versionId));
    }

    public static Optional<SchemeVersion> find(Handle h, String versionId) {
        return h.createQuery(COLUMNS + " WHERE version_id = :id").bind("id", versionId).map(Schemes::row).findOne();
    }

    public Optional<Scheme> inForceOn(LocalDate day) {
        return db.withHandle(h -> inForceOn(h, day));
    }

    public static Optional<Scheme> inForceOn(Handle h, LocalDate day) {
        return h.createQuery(COLUMNS + " WHERE effective_from <= :day ORDER BY effective_from DESC LIMIT 1")
                .bind("day", day).map(Schemes::row).findOne().map(SchemeVersion::scheme);
    }

    public static Optional<String> versionEffectiveOn(Handle h, LocalDate day) {
        return h.createQuery("SELECT version_id FROM scheme_version WHERE effective_from = :day").bind("day", day)
                .mapTo(String.class).findOne();
    }

    static void insert(Handle h, Scheme scheme, String actorId, java.time.Instant at) {
        h.createUpdate("""
                        INSERT INTO scheme_version (version_id, effective_from, content, published_by, published_at)
                        VALUES (:id, :from, cast(:content as jsonb), :by, :at)""")
                .bind("id", scheme.versionId()).bind("from", scheme.effectiveFrom())
                .bind("content", Db.json(scheme)).bind("by", actorId).bind("at", at)
                .execute();
    }

    private static SchemeVersion row(ResultSet rs, StatementContext ctx) throws SQLException {
        return new SchemeVersion(SchemeJson.readStored(rs.getString("content")), rs.getString("published_by"),
                rs.getTimestamp("published_at").toInstant());
    }
}
