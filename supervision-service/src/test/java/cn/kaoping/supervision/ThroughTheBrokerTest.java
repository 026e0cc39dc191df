package cn.kaoping.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.kaoping.fixtures.EvaluationEvents;
import cn.kaoping.fixtures.EventFeed;
import cn.kaoping.runtime.db.Db;
import cn.kaoping.runtime.projection.ProjectionHost;
import cn.kaoping.testkit.KaopingTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The plumbing through the real broker: red cards open their items within seconds, once, across restarts. */
@QuarkusTest
@QuarkusTestResource(value = KaopingTestResource.class, initArgs = @ResourceArg(name = "database", value = "supervision"))
class ThroughTheBrokerTest {

    @Inject
    Db db;
    @Inject
    ProjectionHost host;

    long items(String unitId) {
        return db.withHandle(h -> h.createQuery("SELECT count(*) FROM tracking_item WHERE unit_id = :u")
                .bind("u", unitId).mapTo(Long.class).one());
    }

    long opened(String unitId) {
        return db.withHandle(h -> h.createQuery(
                        "SELECT count(*) FROM outbox WHERE payload LIKE '%TrackingItemOpened%' AND payload LIKE :u")
                .bind("u", "%" + unitId + "%").mapTo(Long.class).one());
    }

    @Test
    void aRedCardOpensItsItemsWithinSecondsAndARepublishedMonthOpensNothingMore() {
        Scenario s = new Scenario();
        var envelope = EventFeed.shared().send(s.officerId, Instant.now(), s.redCard(1, "file-" + s.officerId));
        await().atMost(Duration.ofSeconds(20)).until(() -> items(s.unitId) == 2);
        EventFeed.shared().sendEnvelope(envelope); // redelivery
        EventFeed.shared().send(s.officerId, Instant.now(), s.redCard(2, "file-" + s.officerId)); // month re-published
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> items(s.unitId) == 2);
        assertThat(opened(s.unitId)).isEqualTo(2);
    }

    @Test
    void restartingWhileEventsFlowLosesAndDoubleCountsNothing() throws Exception {
        String unitId = EvaluationEvents.id("unit");
        int officers = 30;
        Thread sender = new Thread(() -> {
            for (int i = 0; i < officers; i++) {
                Scenario s = new ScenarioOfUnit(unitId);
                EventFeed.shared().send(s.officerId, Instant.now(), s.redCard(1, "file-" + s.officerId));
            }
        });
        sender.start();
        for (int i = 0; i < 3; i++) {
            host.restart();
        }
        sender.join();
        // each of the 30 red cards: one key person, one key file
        await().atMost(Duration.ofSeconds(60)).until(() -> items(unitId) == 2L * officers);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> items(unitId) == 2L * officers);
        assertThat(opened(unitId)).isEqualTo(2L * officers);
    }

    /** Issue #10: a rebuild of the projection (the real endpoint's path) gives the same items, and publishes nothing. */
    @Test
    void aRebuildGivesTheSameItemsAndPublishesNothingAgain() throws Exception {
        Scenario s = new Scenario();
        EventFeed.shared().send(s.officerId, Instant.now(), s.redCard(1, "file-" + s.officerId));
        await().atMost(Duration.ofSeconds(20)).until(() -> items(s.unitId) == 2);
        String before = itemRows(s.unitId);
        long outboxBefore = outboxRows();

        host.rebuild().get(60, java.util.concurrent.TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(60)).until(() -> host.status().map(st -> st.lag() == 0).orElse(false));

        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> itemRows(s.unitId).equals(before));
        assertThat(itemRows(s.unitId)).isEqualTo(before);
        assertThat(outboxRows()).as("nothing is published again").isEqualTo(outboxBefore);
    }

    private String itemRows(String unitId) {
        return db.withHandle(h -> h.createQuery("""
                        SELECT string_agg(item_id || ' ' || kind || ' ' || reason || ' ' || state || ' ' || coalesce(case_file_id, '')
                                          || ' ' || due_on, ',' ORDER BY item_id)
                          FROM tracking_item WHERE unit_id = :u""")
                .bind("u", unitId).mapTo(String.class).one());
    }

    private long outboxRows() {
        return db.withHandle(h -> h.createQuery("SELECT count(*) FROM outbox").mapTo(Long.class).one());
    }

    /** A scenario whose officers all belong to one unit. */
    static final class ScenarioOfUnit extends Scenario {
        ScenarioOfUnit(String unitId) {
            super(unitId);
        }
    }
}
