package cn.kaoping.supervision.accountability;

import cn.kaoping.contracts.supervision.ProposalGround;
import java.time.Instant;
import java.util.List;

/**
 * What the rules propose for accountability (S2), from the rulebook thresholds: the software proposes, people
 * decide. The id is deterministic (officer + ground + reference), so a rebuild gives the same proposals.
 *
 * @param reference the file (refused rectification, ten-worst) or the month a repeated red card was reached in
 */
public record Proposal(String proposalId, String officerId, String unitId, ProposalGround ground, String reference,
                       List<String> caseFileIds, List<String> months, Instant proposedAt) {

    public Proposal {
        caseFileIds = caseFileIds == null ? List.of() : List.copyOf(caseFileIds);
        months = months == null ? List.of() : List.copyOf(months);
    }
}
