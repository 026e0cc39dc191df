package cn.kaoping.evaluation.rest;

import cn.kaoping.evaluation.query.ReadModelException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * Sends a command and waits until it has committed, with its read models: the answer to the request may read
 * them. Domain refusals and concurrency conflicts pass through as they are (their mappers answer them); a read
 * model's unique constraint that failed becomes {@link DuplicateKeyException}.
 */
@ApplicationScoped
public class CommandSender {

    private final CommandGateway gateway;
    private final Clock clock;

    CommandSender(CommandGateway gateway, Clock clock) {
        this.gateway = gateway;
        this.clock = clock;
    }

    /** The instant to stamp on a command. */
    public Instant now() {
        return clock.instant();
    }

    public <R> R send(Object command) {
        try {
            return gateway.sendAndWait(command);
        } catch (RuntimeException e) {
            Optional<String> constraint = ReadModelException.violatedUniqueConstraint(e);
            if (constraint.isPresent() && hasReadModelCause(e)) {
                throw new DuplicateKeyException(constraint.get(), e);
            }
            throw e;
        }
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
        } catch (DuplicateKeyException e) {
            if (uniqueConstraint.equals(e.constraint())) {
                throw taken.get();
            }
            throw e;
        }
    }

    private static boolean hasReadModelCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ReadModelException) {
                return true;
            }
        }
        return false;
    }

    /** A unique constraint of a read model refused the command's outcome; nothing was committed. */
    public static final class DuplicateKeyException extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final String constraint;

        DuplicateKeyException(String constraint, Throwable cause) {
            super("unique constraint " + constraint + " violated", cause);
            this.constraint = constraint;
        }

        public String constraint() {
            return constraint;
        }
    }
}
