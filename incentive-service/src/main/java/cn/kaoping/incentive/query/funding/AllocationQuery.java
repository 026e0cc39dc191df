package cn.kaoping.incentive.query.funding;

import cn.kaoping.domain.DomainException;
import cn.kaoping.incentive.IncentiveError;
import cn.kaoping.incentive.funding.Allocation;
import cn.kaoping.incentive.funding.Allocations;
import cn.kaoping.runtime.db.Db;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Reads stored allocations. */
@ApplicationScoped
public class AllocationQuery {

    private final Db db;

    AllocationQuery(Db db) {
        this.db = db;
    }

    public Allocation get(String id) {
        return db.withHandle(h -> Allocations.find(h, id, false))
                .orElseThrow(() -> DomainException.notFound(IncentiveError.ALLOCATION_NOT_FOUND, id));
    }

    public List<Allocation> page(String period, int offset, int limit) {
        return db.withHandle(h -> Allocations.page(h, period, offset, limit));
    }

    public long count(String period) {
        return db.withHandle(h -> Allocations.count(h, period));
    }
}
