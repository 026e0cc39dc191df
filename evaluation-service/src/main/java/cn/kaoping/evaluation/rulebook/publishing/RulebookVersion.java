package cn.kaoping.evaluation.rulebook.publishing;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import cn.kaoping.contracts.evaluation.RulebookVersionPublished;
import cn.kaoping.evaluation.domain.ErrorCode;
import cn.kaoping.evaluation.domain.StateConflictException;
import cn.kaoping.evaluation.rulebook.Rulebook;
import cn.kaoping.evaluation.rulebook.RulebookCatalog;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * 考评细则版本: one published rulebook version (E7). Published once, never changed: a correction is a new
 * version, so that every card keeps the rules it was scored under.
 */
public class RulebookVersion {

    @AggregateIdentifier
    private String versionId;

    protected RulebookVersion() {
    }

    /** Validates the content (field errors under RULEBOOK_INVALID) and publishes it under a new version id. */
    @CommandHandler
    public RulebookVersion(PublishRulebookVersion command, RulebookCatalog rulebooks) {
        Rulebook rulebook = Rulebook.of(command.rulebook());
        if (rulebooks.version(rulebook.versionId()).isPresent()) {
            throw new StateConflictException(ErrorCode.RULEBOOK_VERSION_EXISTS, rulebook.versionId());
        }
        apply(new RulebookVersionPublished(rulebook.versionId(), command.rulebook(), command.actorId(), command.at()));
    }

    @EventSourcingHandler
    void on(RulebookVersionPublished event) {
        versionId = event.versionId();
    }
}
