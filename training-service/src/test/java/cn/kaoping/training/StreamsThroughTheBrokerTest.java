package cn.kaoping.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.kaoping.contracts.publicity.RedCardIssued;
import cn.kaoping.fixtures.EvaluationEvents;
import cn.kaoping.fixtures.EvaluationEvents.File;
import cn.kaoping.fixtures.EventFeed;
import cn.kaoping.runtime.db.Db;
import cn.kaoping.runtime.projection.ProjectionHost;
import cn.kaoping.testkit.KaopingTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** Through the real broker: a published red card becomes a nomination within seconds; a restart loses nothing. */
@QuarkusTest
@QuarkusTestResource(value = KaopingTestResource.class, initArgs = @ResourceArg(name = "database", value = "training"))
class StreamsThroughTheBrokerTest {

    private static final Duration WITHIN = Duration.ofSeconds(30);

    @Inject
    Db db;

    @Inject
    ProjectionHost host;

    @Test
    void a_red_card_published_by_publicity_shows_up_as_one_nomination_within_seconds() {
        String unit = EvaluationEvents.id("unit");
        String officer = EvaluationEvents.id("officer");
        YearMonth month = YearMonth.of(ThreadLocalRandom.current().nextInt(2100, 2999), 5);
        EventFeed feed = EventFeed.shared();
        feed.send(EvaluationEvents.unit(unit, "R" + unit.substring(5), "城关派出所"));
        feed.send(EvaluationEvents.officer(officer, "0" + officer.substring(8), "张三", unit));
        RedCardIssued card = new RedCardIssued(month, 1, officer, "张三", unit, new BigDecimal("4.50"), 2, List.of("f-1"));
        var envelope = feed.send(officer, Instant.now(), card);
        feed.sendEnvelope(envelope); // a redelivery
        feed.send(officer, Instant.now(), new RedCardIssued(month, 2, officer, "张三", unit, new BigDecimal("4.50"), 2,
                List.of("f-1"))); // a re-publication of the month: the same nomination

        await().atMost(WITHIN).until(() -> nominations(officer) == 1);
        await().atMost(WITHIN).until(() -> redCards(officer) == 2);
        assertThat(nominations(officer)).isEqualTo(1);
        assertThat(published(officer)).isEqualTo(1);
    }

    @Test
    void restarting_the_consumer_while_events_flow_loses_and_double_counts_nothing() throws Exception {
        String unit = EvaluationEvents.id("unit");
        String officer = EvaluationEvents.id("officer");
        YearMonth month = YearMonth.of(ThreadLocalRandom.current().nextInt(2100, 2999), 8);
        int files = 60;
        EventFeed feed = EventFeed.shared();
        Thread sender = new Thread(() -> {
            for (int i = 0; i < files; i++) {
                feed.send(EvaluationEvents.reviewed(File.of(unit, officer), month, "1"));
            }
        });
        sender.start();
        host.restart();
        host.restart();
        sender.join();

        await().atMost(WITHIN).until(() -> files(officer) == files);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> files(officer) == files);
        assertThat(count("""
                SELECT count(*) FROM applied_event a JOIN ev_case_file c ON c.case_file_id = a.subject
                 WHERE a.consumer_name = 'training-projection' AND c.primary_officer_id = :o""", officer))
                .isEqualTo(files);
        // 60 problem files in one quarter: one nomination, published once
        assertThat(nominations(officer)).isEqualTo(1);
        assertThat(published(officer)).isEqualTo(1);
    }

    private long files(String officer) {
        return count("SELECT count(*) FROM ev_case_file WHERE primary_officer_id = :o", officer);
    }

    private long nominations(String officer) {
        return count("SELECT count(*) FROM nomination WHERE officer_id = :o", officer);
    }

    private long redCards(String officer) {
        return count("SELECT count(*) FROM ev_red_card WHERE officer_id = :o", officer);
    }

    private long published(String officer) {
        return count("SELECT count(*) FROM outbox WHERE record_key = :o AND payload LIKE '%OfficerNominated%'", officer);
    }

    private long count(String sql, String officer) {
        return db.withHandle(h -> h.createQuery(sql).bind("o", officer).mapTo(Long.class).one());
    }
}
