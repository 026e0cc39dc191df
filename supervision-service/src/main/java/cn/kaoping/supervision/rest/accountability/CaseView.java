package cn.kaoping.supervision.rest.accountability;

import cn.kaoping.contracts.supervision.ProposalGround;
import cn.kaoping.supervision.accountability.AccountabilityCase;
import cn.kaoping.supervision.accountability.CaseFacts;
import cn.kaoping.supervision.accountability.Opinion;
import cn.kaoping.supervision.accountability.Outcome;
import cn.kaoping.supervision.query.accountability.CaseQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An accountability case as the API answers it: its facts, draft or issued opinion, statement and outcomes. */
public record CaseView(String id, String officerId, String officerName, String unitId, String proposalId,
                       List<ProposalGround> grounds, String reason, String state, CaseFacts facts, Opinion opinion,
                       LocalDate issuedOn, LocalDate statementDueOn, String statement, Outcome decision,
                       List<Outcome> revisions, List<CaseQuery.HistoryLine> history, Instant openedAt) {

    static CaseView of(CaseQuery.CaseDetail d) {
        AccountabilityCase c = d.accountabilityCase();
        Outcome decision = d.outcomes().isEmpty() ? null : d.outcomes().get(0);
        List<Outcome> revisions = d.outcomes().size() <= 1 ? List.of() : d.outcomes().subList(1, d.outcomes().size());
        return new CaseView(c.caseId(), c.officerId(), c.facts().officerName(), c.unitId(), c.proposalId(), c.grounds(),
                c.reason(), c.state().name(), c.facts(), c.opinion(), c.issuedOn(), c.statementDueOn(), c.statement(),
                decision, revisions, d.history(), d.openedAt());
    }
}
