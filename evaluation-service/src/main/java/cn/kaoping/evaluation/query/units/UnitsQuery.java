package cn.kaoping.evaluation.query.units;

import cn.kaoping.runtime.db.Db;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/** Reads {@code units}. */
@Singleton
public class UnitsQuery {

    private static final String SELECT_VIEW = "select unit_id as id, code, name, registered_at from units";

    private final Db db;

    UnitsQuery(Db db) {
        this.db = db;
    }

    public Optional<UnitView> find(String unitId) {
        return db.withHandle(handle -> handle.createQuery(SELECT_VIEW + " where unit_id = :unitId")
                .bind("unitId", unitId)
                .map(ConstructorMapper.of(UnitView.class))
                .findOne());
    }

    public boolean exists(String unitId) {
        return db.withHandle(handle -> handle.createQuery("select exists (select 1 from units where unit_id = :unitId)")
                .bind("unitId", unitId)
                .mapTo(Boolean.class)
                .one());
    }

    public boolean codeTaken(String code) {
        return db.withHandle(handle -> handle.createQuery("select exists (select 1 from units where code = :code)")
                .bind("code", code)
                .mapTo(Boolean.class)
                .one());
    }

    public List<UnitView> page(long offset, int limit) {
        return db.withHandle(handle -> handle.createQuery(SELECT_VIEW
                        + " order by code, unit_id offset :offset limit :limit")
                .bind("offset", offset)
                .bind("limit", limit)
                .map(ConstructorMapper.of(UnitView.class))
                .list());
    }

    public long count() {
        return db.withHandle(handle -> handle.createQuery("select count(*) from units").mapTo(Long.class).one());
    }
}
