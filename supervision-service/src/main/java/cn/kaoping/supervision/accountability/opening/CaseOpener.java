package cn.kaoping.supervision.accountability.opening;

import cn.kaoping.runtime.db.Db;
import cn.kaoping.runtime.directory.Directory;
import cn.kaoping.runtime.outbox.Outbox;
import cn.kaoping.supervision.accountability.AccountabilityCase;
import cn.kaoping.supervision.accountability.AccountabilityCases;
import cn.kaoping.supervision.accountability.CaseFacts;
import cn.kaoping.supervision.accountability.Proposal;
import cn.kaoping.supervision.accountability.Proposals;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Opens an accountability case: loads the officer, the proposal and the facts, decides, stores, publishes. */
@ApplicationScoped
public class CaseOpener {

    private final Db db;
    private final AccountabilityCases cases;
    private final Proposals proposals;
    private final Outbox outbox;

    CaseOpener(Db db, AccountabilityCases cases, Proposals proposals, Outbox outbox) {
        this.db = db;
        this.cases = cases;
        this.proposals = proposals;
        this.outbox = outbox;
    }

    public AccountabilityCase open(OpenCase command) {
        AccountabilityCase opened = db.inTransaction(h -> {
            Optional<String> unit = command.officerId() == null ? Optional.empty()
                    : Directory.officer(h, command.officerId()).map(Directory.Officer::unitId);
            Optional<Proposal> proposal = command.proposalId() == null ? Optional.empty()
                    : proposals.find(h, command.proposalId());
            if (proposal.isPresent()) {
                // one case per proposal, even when two reviewers open it at once
                h.createQuery("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtext(:p))) AS locked")
                        .bind("p", proposal.get().proposalId()).mapTo(Integer.class).one();
            }
            boolean taken = proposal.isPresent() && cases.proposalTaken(h, proposal.get().proposalId());
            CaseFacts facts = unit.isEmpty() ? null : FactsCollector.collect(h, command.officerId(),
                    proposal.map(Proposal::caseFileIds).filter(l -> !l.isEmpty()).orElse(null),
                    proposal.map(Proposal::months).filter(l -> !l.isEmpty()).orElse(null));
            CaseOpeningDecision.Opened result = CaseOpeningDecision.decide(command, unit, proposal, taken, facts);
            AccountabilityCase c = result.accountabilityCase();
            cases.insert(h, c, command.at(), command.actor().id());
            cases.history(h, c.caseId(), command.at(), "OPENED", command.actor().id(), command.reason());
            outbox.add(h, c.officerId(), command.actor(), command.at(), result.event());
            return c;
        });
        outbox.flushSoon();
        return opened;
    }
}
