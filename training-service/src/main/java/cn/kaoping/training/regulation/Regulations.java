package cn.kaoping.training.regulation;

import cn.kaoping.domain.DomainException;
import cn.kaoping.runtime.db.Db;
import cn.kaoping.training.TrainingError;
import cn.kaoping.training.regulation.entering.EnterRegulation;
import cn.kaoping.training.regulation.entering.EntryDecision;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/** 法规库: the registry of laws, regulations and normative documents (T1). */
@ApplicationScoped
public class Regulations {

    private static final String COLUMNS = """
            id, title, document_number, issuer, kind, promulgated_on, effective_on, summary, entered_at, entered_by""";

    private final Db db;

    Regulations(Db db) {
        this.db = db;
    }

    public Regulation enter(EnterRegulation command) {
        Regulation r = EntryDecision.decide(command);
        return db.inTransaction(tx -> {
            int inserted = tx.createUpdate("""
                            INSERT INTO regulation (id, title, document_number, issuer, kind, promulgated_on,
                                                    effective_on, summary, entered_at, entered_by)
                            VALUES (:id, :title, :number, :issuer, :kind, :promulgated, :effective, :summary, :at, :by)
                            ON CONFLICT (document_number) DO NOTHING""")
                    .bind("id", r.id()).bind("title", r.title()).bind("number", r.documentNumber())
                    .bind("issuer", r.issuer()).bind("kind", r.kind().name()).bind("promulgated", r.promulgatedOn())
                    .bind("effective", r.effectiveOn()).bind("summary", r.summary()).bind("at", r.enteredAt())
                    .bind("by", r.enteredBy())
                    .execute();
            if (inserted == 0) {
                throw DomainException.conflict(TrainingError.DUPLICATE_DOCUMENT_NUMBER, r.documentNumber());
            }
            return r;
        });
    }

    /** Entered strictly after the instant (every entry when null), oldest first. */
    public List<Regulation> enteredAfter(Handle h, Instant after, int offset, int limit) {
        return h.createQuery("SELECT " + COLUMNS + " FROM regulation WHERE (CAST(:after AS timestamptz) IS NULL"
                        + " OR entered_at > :after) ORDER BY entered_at, id LIMIT :limit OFFSET :offset")
                .bind("after", after).bind("limit", limit).bind("offset", offset)
                .map(ConstructorMapper.of(Regulation.class)).list();
    }

    public long countEnteredAfter(Instant after) {
        return db.withHandle(h -> h.createQuery("SELECT count(*) FROM regulation WHERE (CAST(:after AS timestamptz)"
                        + " IS NULL OR entered_at > :after)")
                .bind("after", after).mapTo(Long.class).one());
    }

    public List<Regulation> enteredAfter(Instant after, int offset, int limit) {
        return db.withHandle(h -> enteredAfter(h, after, offset, limit));
    }
}
