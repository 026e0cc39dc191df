package cn.kaoping.evaluation.support;

import static cn.kaoping.evaluation.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kaoping.domain.DomainException;
import cn.kaoping.contracts.Json;
import cn.kaoping.contracts.evaluation.RulebookContent;
import cn.kaoping.contracts.evaluation.RulebookDeadlines;
import cn.kaoping.evaluation.domain.ErrorCode;
import cn.kaoping.evaluation.rulebook.RulebookCatalog;
import cn.kaoping.evaluation.rulebook.RulebookJson;
import cn.kaoping.evaluation.rulebook.publishing.PublishRulebookVersion;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * A drill version of the rulebook: the default content with some periods of seconds, so that a test sees a
 * deadline pass without waiting a month. A file gets it by being closed on {@link #closedOn()}.
 *
 * <p>Every drill takes effect on a day before the default version (2016-01-01), and the drills are a few days
 * apart: each one governs its own days only, up to the next drill or the default version, and no other test's
 * file (closed recently) is ever scored under it. Versions are published once per database (the database lives
 * across test classes and restarts); a version id never changes its content, so keep ids with their periods.
 *
 * @param versionId the version id, published once per database
 * @param closedOn  close a file on this day to give it the drill
 * @param deadlines the periods of the drill (ISO-8601: "PT3S" counts seconds from the base event)
 */
public record DrillRulebook(String versionId, LocalDate closedOn, RulebookDeadlines deadlines) {

    /** The seed scenario: submission and rectification in 6 s; it governs 2001-01-01 to 2015-12-28. */
    public static final DrillRulebook SEED = new DrillRulebook("drill-2001-seconds", LocalDate.of(2001, 1, 1),
            periods("PT6S", "PT6S", "P3D"));
    /**
     * The objection period over in 2 s; submission in an hour and rectification in a month, so that no deadline
     * fires while the test waits for the objection period to end.
     */
    public static final DrillRulebook OBJECTION = new DrillRulebook("drill-objection-2s", LocalDate.of(2015, 12, 29),
            periods("PT1H", "P1M", "PT2S"));
    /** Rectification in 2 s, submission in an hour. */
    public static final DrillRulebook RECTIFICATION = new DrillRulebook("drill-rectification-2s",
            LocalDate.of(2015, 12, 30), periods("PT1H", "PT2S", "P3D"));
    /** The deadline tests: submission and rectification in 3 s. */
    public static final DrillRulebook DEADLINES = new DrillRulebook("drill-seconds-v2", LocalDate.of(2015, 12, 31),
            periods("PT3S", "PT3S", "P3D"));

    private static RulebookDeadlines periods(String submission, String rectification, String objection) {
        return new RulebookDeadlines(submission, rectification, objection,
                RulebookJson.defaultContent().deadlines().objectionDecision());
    }

    public RulebookContent content() {
        return TestRulebooks.defaultContentAs(versionId, RulebookJson.defaultContent().name() + "（演练）", closedOn,
                deadlines);
    }

    /** The submission period, a duration. */
    public Duration submissionPeriod() {
        return Duration.parse(deadlines.submission());
    }

    /** The rectification period, a duration. */
    public Duration rectificationPeriod() {
        return Duration.parse(deadlines.rectification());
    }

    /** The objection period, a duration. */
    public Duration objectionPeriod() {
        return Duration.parse(deadlines.objection());
    }

    /** Publishes the drill through the domain unless the catalog knows it. */
    public void ensurePublished(CommandGateway commands, RulebookCatalog catalog) {
        if (catalog.version(versionId).isPresent()) {
            return;
        }
        try {
            commands.sendAndWait(new PublishRulebookVersion(content(), "test-admin", Instant.now()));
        } catch (DomainException e) {
            if (e.code() != ErrorCode.RULEBOOK_VERSION_EXISTS) {
                throw e;
            }
        }
    }

    /** Publishes the drill through the API as this ADMIN. */
    public void ensurePublished(String adminToken) {
        int status = as(adminToken).body(Json.write(content())).post("/api/v1/rulebook/versions").statusCode();
        assertThat(status).as("published now, or by an earlier run on this database").isIn(201, 409);
    }
}
