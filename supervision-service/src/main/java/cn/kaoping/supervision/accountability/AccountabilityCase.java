package cn.kaoping.supervision.accountability;

import cn.kaoping.contracts.supervision.ProposalGround;
import java.time.LocalDate;
import java.util.List;

/** 执法过错责任追究案件: an accountability case for one officer (S2). */
public record AccountabilityCase(
        String caseId,
        String officerId,
        String unitId,
        String proposalId,
        List<ProposalGround> grounds,
        String reason,
        CaseState state,
        CaseFacts facts,
        Opinion opinion,
        LocalDate issuedOn,
        LocalDate statementDueOn,
        String statement) {

    public AccountabilityCase {
        grounds = grounds == null ? List.of() : List.copyOf(grounds);
    }

    public AccountabilityCase with(CaseState newState, Opinion newOpinion, LocalDate newIssuedOn,
                                   LocalDate newStatementDueOn, String newStatement) {
        return new AccountabilityCase(caseId, officerId, unitId, proposalId, grounds, reason, newState, facts,
                newOpinion, newIssuedOn, newStatementDueOn, newStatement);
    }
}
