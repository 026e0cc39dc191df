package cn.kaoping.incentive.funding;

import cn.kaoping.contracts.Json;
import cn.kaoping.runtime.db.Db;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** Stored funding allocations: written once at creation, updated once at approval, then never again. */
public final class Allocations {

    private static final TypeReference<List<UnitLine>> LINES = new TypeReference<>() {
    };

    private Allocations() {
    }

    public static void insert(Handle h, Allocation a) {
        h.createUpdate("""
                        INSERT INTO funding_allocation (allocation_id, period, pool, scheme_version, version, state, units,
                                                        created_by, created_at)
                        VALUES (:id, :period, :pool, :scheme, NULL, :state, cast(:units as jsonb), :by, :at)""")
                .bind("id", a.id()).bind("period", a.period()).bind("pool", a.pool())
                .bind("scheme", a.schemeVersion()).bind("state", a.state().name()).bind("units", Db.json(a.units()))
                .bind("by", a.createdBy()).bind("at", a.createdAt())
                .execute();
    }

    public static Optional<Allocation> find(Handle h, String id, boolean forUpdate) {
        return h.createQuery("SELECT *, units::text AS units_json FROM funding_allocation WHERE allocation_id = :id"
                        + (forUpdate ? " FOR UPDATE" : ""))
                .bind("id", id).map(Allocations::row).findOne();
    }

    public static List<Allocation> page(Handle h, String period, int offset, int limit) {
        return h.createQuery("""
                        SELECT *, units::text AS units_json FROM funding_allocation
                         WHERE (cast(:period as text) IS NULL OR period = :period)
                         ORDER BY created_at DESC, allocation_id LIMIT :limit OFFSET :offset""")
                .bind("period", period).bind("limit", limit).bind("offset", offset)
                .map(Allocations::row).list();
    }

    public static long count(Handle h, String period) {
        return h.createQuery("SELECT count(*) FROM funding_allocation WHERE (cast(:period as text) IS NULL OR period = :period)")
                .bind("period", period).mapTo(Long.class).one();
    }

    public static int nextVersion(Handle h, String period) {
        return h.createQuery("SELECT COALESCE(max(version), 0) + 1 FROM funding_allocation WHERE period = :period")
                .bind("period", period).mapTo(Integer.class).one();
    }

    public static void approve(Handle h, Allocation a) {
        int updated = h.createUpdate("""
                        UPDATE funding_allocation SET state = 'APPROVED', version = :version, approved_by = :by,
                               approved_at = :at
                         WHERE allocation_id = :id AND state = 'DRAFT'""")
                .bind("version", a.version()).bind("by", a.approvedBy()).bind("at", a.approvedAt()).bind("id", a.id())
                .execute();
        if (updated != 1) {
            throw new IllegalStateException("allocation " + a.id() + " was not a draft");
        }
    }

    private static Allocation row(ResultSet rs, StatementContext ctx) throws SQLException {
        List<UnitLine> units;
        try {
            units = Json.mapper().readValue(rs.getString("units_json"), LINES);
        } catch (JsonProcessingException e) {
            throw new SQLException("unreadable allocation lines", e);
        }
        Timestamp approvedAt = rs.getTimestamp("approved_at");
        Integer version = rs.getObject("version", Integer.class);
        return new Allocation(rs.getString("allocation_id"), rs.getString("period"), rs.getBigDecimal("pool"),
                version, AllocationState.valueOf(rs.getString("state")),
                rs.getString("scheme_version"), Allocation.TIE_RULE, units, rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("approved_by"),
                approvedAt == null ? null : approvedAt.toInstant());
    }
}
