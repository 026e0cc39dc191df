package cn.kaoping.contracts.evaluation;

import java.time.Instant;

/** A rulebook version was validated and published (E7); it applies to files closed from its effectiveFrom. */
public record RulebookVersionPublished(String versionId, RulebookContent rulebook, String actorId, Instant occurredAt)
        implements EvaluationEvent {

    @Override
    public String subject() {
        return versionId;
    }
}
