package cn.kaoping.evaluation.support;

import cn.kaoping.runtime.db.Db;

/** Counts what the event store holds, to prove that a rejected request appended nothing. */
public final class EventStoreRows {

    private final Db db;

    public EventStoreRows(Db db) {
        this.db = db;
    }

    public long total() {
        return count("select count(*) from domain_event_entry");
    }

    public long ofAggregate(String aggregateId) {
        return count("select count(*) from domain_event_entry where aggregate_identifier = ?", aggregateId);
    }

    /** Events of one type (simple class name) whose JSON payload contains the text. */
    public long ofTypeContaining(String simpleType, String text) {
        return count("""
                select count(*) from domain_event_entry
                 where payload_type = ? and convert_from(payload, 'UTF8') like ?""",
                "cn.kaoping.contracts.evaluation." + simpleType, "%" + text + "%");
    }

    /** A count of any query, its parameters by position. */
    public long count(String sql, Object... parameters) {
        return db.withHandle(handle -> handle.select(sql, parameters).mapTo(Long.class).one());
    }
}
