package cn.kaoping.evaluation.casefile.objecting;

import cn.kaoping.contracts.evaluation.ObjectionDecision;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * E9: a reviewer (not of the file's unit) decides the pending objection. Upheld: the named findings are
 * withdrawn and the card is recomputed.
 */
public record DecideObjection(
        @TargetAggregateIdentifier String caseFileId,
        ObjectionDecision decision,
        List<String> withdrawnFindingIds,
        String reasoning,
        String actorId,
        String actorUnitId,
        Instant at) {

    public DecideObjection {
        Objects.requireNonNull(caseFileId, "caseFileId");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(at, "at");
        withdrawnFindingIds = withdrawnFindingIds == null ? List.of() : List.copyOf(withdrawnFindingIds);
    }
}
