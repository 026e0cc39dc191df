package cn.kaoping.evaluation.rest;

import cn.kaoping.evaluation.infrastructure.publishing.ActorMetaData;
import cn.kaoping.evaluation.query.Constraints;
import cn.kaoping.web.security.Caller;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * Sends a command and waits until it has committed, with its read models: the answer to the request may read
 * them. Domain refusals and concurrency conflicts pass through as they are (their mappers answer them); a read
 * model's unique constraint that refused a claimed business key becomes the refusal the caller names
 * ({@link #sendClaiming}).
 */
@ApplicationScoped
public class CommandSender {

    private final CommandGateway gateway;
    private final Clock clock;

    private final Caller caller;

    CommandSender(CommandGateway gateway, Clock clock, Caller caller) {
        this.gateway = gateway;
        this.caller = caller;
        this.clock = clock;
    }

    /** The instant to stamp on a command. */
    public Instant now() {
        return clock.instant();
    }

    public <R> R send(Object command) {
        return gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(actorOfRequest()));
    }

    /** Who sends the command, as meta-data that travels to its events and so to the Kafka envelope's actor. */
    private Map<String, Object> actorOfRequest() {
        Map<String, Object> actor = new HashMap<>();
        if (Arc.container().requestContext().isActive() && caller.isAuthenticated()) {
            if (caller.name() != null && !caller.name().equals(caller.id())) { // a token without a name claim
                actor.put(ActorMetaData.NAME, caller.name());
            }
            actor.put(ActorMetaData.ROLES, caller.actor().roles());
        }
        return actor;
    }

    /**
     * Sends a command that claims a business key guarded by a read model's unique constraint (a unit code, a
     * police number, a case number). The REST layer checks the key before; when a racing request took it
     * meanwhile, the constraint refuses the loser's outcome, and the caller gets the same refusal as after the
     * check.
     */
    public void sendClaiming(Object command, String uniqueConstraint, Supplier<? extends RuntimeException> taken) {
        try {
            send(command);
        } catch (RuntimeException e) {
            if (Constraints.violatedUniqueConstraint(e).filter(uniqueConstraint::equals).isPresent()) {
                throw taken.get();
            }
            throw e;
        }
    }
}
