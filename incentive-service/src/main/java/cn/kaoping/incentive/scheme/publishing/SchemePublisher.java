package cn.kaoping.incentive.scheme.publishing;

import cn.kaoping.domain.DomainException;
import cn.kaoping.incentive.IncentiveError;
import cn.kaoping.incentive.scheme.Scheme;
import cn.kaoping.incentive.scheme.SchemeStore;
import cn.kaoping.incentive.scheme.SchemeVersion;
import cn.kaoping.incentive.scheme.Schemes;
import cn.kaoping.runtime.db.Db;
import jakarta.enterprise.context.ApplicationScoped;

/** Publishes a scheme version: decided, then stored in one transaction; a refusal stores nothing. */
@ApplicationScoped
public class SchemePublisher {

    private final Db db;

    SchemePublisher(Db db) {
        this.db = db;
    }

    public SchemeVersion publish(PublishScheme command) {
        Scheme scheme = SchemePublicationDecision.decide(command);
        return db.inTransaction(h -> {
            // One publication at a time, so that two versions cannot take the same id or date together.
            h.execute("SELECT pg_advisory_xact_lock(hashtext('incentive-scheme'))");
            if (Schemes.find(h, scheme.versionId()).isPresent()) {
                throw DomainException.conflict(IncentiveError.SCHEME_VERSION_EXISTS, scheme.versionId());
            }
            Schemes.versionEffectiveOn(h, scheme.effectiveFrom()).ifPresent(other -> {
                throw DomainException.conflict(IncentiveError.SCHEME_EFFECTIVE_DATE_TAKEN, scheme.effectiveFrom(),
                        other);
            });
            SchemeStore.insert(h, scheme, command.actorId(), command.at());
            return new SchemeVersion(scheme, command.actorId(), command.at());
        });
    }
}
