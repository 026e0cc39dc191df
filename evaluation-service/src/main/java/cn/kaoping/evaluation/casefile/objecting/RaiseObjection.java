package cn.kaoping.evaluation.casefile.objecting;

import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * E9: an officer of the file (the primary officer or a co-handler) objects (异议) to its latest card, within
 * the rulebook's objection period after the card.
 */
public record RaiseObjection(@TargetAggregateIdentifier String caseFileId, String reason, String actorId, Instant at) {

    public RaiseObjection {
        Objects.requireNonNull(caseFileId, "caseFileId");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(at, "at");
    }
}
