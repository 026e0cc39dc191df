package cn.kaoping.evaluation.infrastructure.support;

import cn.kaoping.contracts.evaluation.RulebookContent;
import cn.kaoping.contracts.evaluation.RulebookDeadlines;
import cn.kaoping.evaluation.domain.ErrorCode;
import cn.kaoping.evaluation.domain.StateConflictException;
import cn.kaoping.evaluation.rulebook.RulebookCatalog;
import cn.kaoping.evaluation.rulebook.RulebookJson;
import cn.kaoping.evaluation.rulebook.publishing.PublishRulebookVersion;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * A drill rulebook whose submission and rectification periods are {@link #PERIOD}: it governs files closed on
 * {@link #CLOSED_ON} only, because the default content is published again, under another version id, for
 * files closed from the next day on.
 */
public final class DrillRulebook {

    public static final Duration PERIOD = Duration.ofSeconds(3);
    /** Close a file on this day to give it the drill rulebook. */
    public static final LocalDate CLOSED_ON = LocalDate.of(2016, 6, 1);
    static final String DRILL_VERSION = "drill-seconds-v1";
    static final String RESTORED_VERSION = "default-again-v1";

    private DrillRulebook() {
    }

    /** Publishes both versions unless they are (the database lives across test classes and restarts). */
    public static synchronized void ensurePublished(CommandGateway commands, RulebookCatalog catalog) {
        if (catalog.version(DRILL_VERSION).isPresent() && catalog.version(RESTORED_VERSION).isPresent()) {
            return;
        }
        RulebookContent base = RulebookJson.defaultContent();
        RulebookDeadlines fast = new RulebookDeadlines(PERIOD.toString(), PERIOD.toString(),
                base.deadlines().objection(), base.deadlines().objectionDecision());
        publish(commands, new RulebookContent(DRILL_VERSION, base.name() + "（演练）", CLOSED_ON, base.dimensions(),
                base.items(), base.processPenalties(), base.gradeBands(), fast, base.unrectifiedFactor(),
                base.thresholds()));
        publish(commands, new RulebookContent(RESTORED_VERSION, base.name(), CLOSED_ON.plusDays(1),
                base.dimensions(), base.items(), base.processPenalties(), base.gradeBands(), base.deadlines(),
                base.unrectifiedFactor(), base.thresholds()));
    }

    private static void publish(CommandGateway commands, RulebookContent rulebook) {
        try {
            commands.sendAndWait(new PublishRulebookVersion(rulebook, "test-admin", Instant.now()));
        } catch (StateConflictException e) {
            if (e.code() != ErrorCode.RULEBOOK_VERSION_EXISTS) {
                throw e;
            }
        }
    }
}
