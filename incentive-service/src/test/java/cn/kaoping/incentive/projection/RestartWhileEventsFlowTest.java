package cn.kaoping.incentive.projection;

import static cn.kaoping.fixtures.EvaluationEvents.cardOf;
import static cn.kaoping.fixtures.EvaluationEvents.id;
import static cn.kaoping.fixtures.EvaluationEvents.officer;
import static cn.kaoping.fixtures.EvaluationEvents.registered;
import static cn.kaoping.fixtures.EvaluationEvents.reviewed;
import static cn.kaoping.fixtures.EvaluationEvents.unit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.kaoping.contracts.EventEnvelope;
import cn.kaoping.fixtures.EvaluationEvents.File;
import cn.kaoping.fixtures.EventFeed;
import cn.kaoping.incentive.performance.Performance;
import cn.kaoping.incentive.performance.PerformanceLedger;
import cn.kaoping.domain.Period;
import cn.kaoping.incentive.period.Periods;
import cn.kaoping.runtime.db.Db;
import cn.kaoping.runtime.projection.ProjectionHost;
import cn.kaoping.testkit.KaopingTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Restarting the consumer while events flow through the real broker loses and double-counts nothing: every file is
 * there once, and the officer's points are exactly the sum of his files, redeliveries included.
 */
@QuarkusTest
@QuarkusTestResource(value = KaopingTestResource.class, initArgs = @ResourceArg(name = "database", value = "incentive"))
class RestartWhileEventsFlowTest {

    static final int FILES = 60;

    @Inject
    Db db;
    @Inject
    ProjectionHost host;

    @Test
    void nothingIsLostOrCountedTwice() throws Exception {
        String u = id("U");
        String o = id("o");
        EventFeed feed = EventFeed.shared();
        feed.send(unit(u, "09-" + u, "城北派出所"));
        feed.send(officer(o, "9001" + o, "吴十", u));
        YearMonth month = YearMonth.of(2036, 7);
        List<EventEnvelope> sent = new ArrayList<>();
        CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < FILES; i++) {
                File file = File.of(u, o);
                sent.add(feed.send(registered(file, month.minusMonths(1).atDay(2))));
                EventEnvelope review = feed.send(reviewed(file, 1, month, month.atDay(5), cardOf(1, "0")));
                sent.add(review);
                if (i % 10 == 0) {
                    feed.sendEnvelope(review); // a redelivery of the same envelope
                }
            }
        });
        for (int k = 0; k < 3 && !sending.isDone(); k++) {
            host.restart();
        }
        sending.get(60, TimeUnit.SECONDS);
        host.restart();

        // 60 files of 10 × 1.2 = 12.00 each
        BigDecimal expected = new BigDecimal("720.00");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> files(u) == FILES
                && expected.compareTo(points(o)) == 0);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> files(u) == FILES
                && expected.compareTo(points(o)) == 0);
        long applied = db.withHandle(h -> h.createQuery(
                        "SELECT count(*) FROM applied_event WHERE event_id = ANY (:ids)")
                .bindArray("ids", String.class, sent.stream().map(EventEnvelope::id).toList()).mapTo(Long.class).one());
        assertThat(applied).isEqualTo(2L * FILES);
    }

    long files(String unitId) {
        return db.withHandle(h -> h.createQuery("SELECT count(*) FROM case_file_fact WHERE unit_id = :u AND grade IS NOT NULL")
                .bind("u", unitId).mapTo(Long.class).one());
    }

    BigDecimal points(String officerId) {
        Performance p = db.withHandle(h -> PerformanceLedger.of(h, Periods.parse("2036-07")));
        return p.officers().stream().filter(x -> x.officerId().equals(officerId)).map(x -> x.points())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
