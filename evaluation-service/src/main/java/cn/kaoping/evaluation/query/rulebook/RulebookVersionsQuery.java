package cn.kaoping.evaluation.query.rulebook;

import cn.kaoping.contracts.Json;
import cn.kaoping.contracts.evaluation.RulebookContent;
import cn.kaoping.runtime.db.Db;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/** Reads {@code rulebook_versions}. */
@Singleton
public class RulebookVersionsQuery {

    private static final String SELECT_VIEW =
            "select version_id, name, effective_from, published_at, published_by from rulebook_versions";

    private final Db db;

    RulebookVersionsQuery(Db db) {
        this.db = db;
    }

    public boolean exists(String versionId) {
        return db.withHandle(handle -> handle.createQuery(
                        "select exists (select 1 from rulebook_versions where version_id = :versionId)")
                .bind("versionId", versionId)
                .mapTo(Boolean.class)
                .one());
    }

    public Optional<RulebookContent> content(String versionId) {
        return db.withHandle(handle -> handle.createQuery(
                        "select content from rulebook_versions where version_id = :versionId")
                .bind("versionId", versionId)
                .mapTo(String.class)
                .findOne())
                .map(json -> Json.read(json, RulebookContent.class));
    }

    public Optional<RulebookVersionView> find(String versionId) {
        return db.withHandle(handle -> handle.createQuery(SELECT_VIEW + " where version_id = :versionId")
                .bind("versionId", versionId)
                .map(ConstructorMapper.of(RulebookVersionView.class))
                .findOne());
    }

    /** By effective date, the latest first. */
    public List<RulebookVersionView> page(long offset, int limit) {
        return db.withHandle(handle -> handle.createQuery(SELECT_VIEW
                        + " order by effective_from desc, published_at desc offset :offset limit :limit")
                .bind("offset", offset)
                .bind("limit", limit)
                .map(ConstructorMapper.of(RulebookVersionView.class))
                .list());
    }

    public long count() {
        return db.withHandle(handle -> handle.createQuery("select count(*) from rulebook_versions")
                .mapTo(Long.class)
                .one());
    }
}
