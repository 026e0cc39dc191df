package cn.kaoping.evaluation.rulebook.publishing;

import cn.kaoping.contracts.evaluation.RulebookContent;
import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** E7: an ADMIN publishes a rulebook version (the JSON of {@link RulebookContent}). */
public record PublishRulebookVersion(RulebookContent rulebook, String actorId, Instant at) {

    public PublishRulebookVersion {
        Objects.requireNonNull(rulebook, "rulebook");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(at, "at");
    }

    @TargetAggregateIdentifier
    public String versionId() {
        return rulebook.versionId();
    }
}
