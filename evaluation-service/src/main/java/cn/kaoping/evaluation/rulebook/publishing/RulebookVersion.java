package cn.kaoping.evaluation.rulebook.publishing;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import cn.kaoping.contracts.evaluation.RulebookVersionPublished;
import cn.kaoping.evaluation.rulebook.RulebookCatalog;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * 考评细则版本: one published rulebook version (E7). Published once, never changed: a correction is a new
 * version, so that every card keeps the rules it was scored under. The Axon wiring of {@link PublicationDecision}.
 */
public class RulebookVersion {

    @AggregateIdentifier
    private String versionId;

    protected RulebookVersion() {
    }

    @CommandHandler
    public RulebookVersion(PublishRulebookVersion command, RulebookCatalog rulebooks) {
        String id = command.versionId();
        boolean alreadyPublished = id != null && rulebooks.version(id).isPresent();
        PublicationDecision.decide(command, alreadyPublished).forEach(event -> apply(event));
    }

    @EventSourcingHandler
    void on(RulebookVersionPublished event) {
        versionId = event.versionId();
    }
}
