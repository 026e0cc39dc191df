package cn.kaoping.evaluation.infrastructure.rulebook;

import cn.kaoping.contracts.evaluation.EvaluationEvent;
import cn.kaoping.contracts.evaluation.RulebookContent;
import cn.kaoping.domain.DomainException;
import cn.kaoping.evaluation.domain.ErrorCode;
import cn.kaoping.evaluation.rulebook.RulebookJson;
import cn.kaoping.evaluation.rulebook.publishing.PublishRulebookVersion;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.jboss.logging.Logger;

/**
 * E7: on first start, the shipped default rulebook is published as a version like any other, so that files
 * can be registered at once. Idempotent: when the version exists — already published, or published by another
 * instance starting at the same moment (the event store lets one of the two appends win) — there is nothing
 * to do.
 */
@ApplicationScoped
public class DefaultRulebookPublication {

    private static final Logger LOG = Logger.getLogger(DefaultRulebookPublication.class);

    private final EventStoreRulebookCatalog catalog;
    private final CommandGateway commands;
    private final Clock clock;
    private final RulebookSettings settings;

    DefaultRulebookPublication(EventStoreRulebookCatalog catalog, CommandGateway commands, Clock clock,
                               RulebookSettings settings) {
        this.catalog = catalog;
        this.commands = commands;
        this.clock = clock;
        this.settings = settings;
    }

    /** After Axon has started (it observes with a higher priority). */
    void onStart(@Observes @Priority(Interceptor.Priority.LIBRARY_BEFORE + 100) StartupEvent event) {
        catalog.catchUp();
        if (settings.publishDefault()) {
            publishDefault();
        }
    }

    /** Whether this call published the default version. */
    public boolean publishDefault() {
        RulebookContent content = RulebookJson.defaultContent();
        if (catalog.version(content.versionId()).isPresent()) {
            return false;
        }
        try {
            commands.sendAndWait(new PublishRulebookVersion(content, EvaluationEvent.SYSTEM_ACTOR, clock.instant()));
            LOG.infof("Published the default rulebook %s", content.versionId());
            return true;
        } catch (DomainException e) {
            if (e.code() != ErrorCode.RULEBOOK_VERSION_EXISTS) {
                throw e;
            }
        } catch (AggregateStreamCreationException | ConcurrencyException e) {
            LOG.infof("The default rulebook %s was published by another instance", content.versionId());
        }
        catalog.catchUp();
        return false;
    }
}
