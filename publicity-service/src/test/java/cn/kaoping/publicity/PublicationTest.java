package cn.kaoping.publicity;

import static cn.kaoping.publicity.support.Api.as;
import static cn.kaoping.publicity.support.Api.decimal;
import static cn.kaoping.publicity.support.Api.officer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.kaoping.contracts.EventEnvelope;
import cn.kaoping.contracts.Topics;
import cn.kaoping.contracts.evaluation.EvaluationCard;
import cn.kaoping.contracts.publicity.MonthlyListPublished;
import cn.kaoping.contracts.publicity.RedCardIssued;
import cn.kaoping.runtime.db.Db;
import cn.kaoping.publicity.support.Api;
import cn.kaoping.publicity.support.Applied;
import cn.kaoping.fixtures.EventFeed;
import cn.kaoping.fixtures.EvaluationEvents;
import cn.kaoping.fixtures.EvaluationEvents.File;
import cn.kaoping.publicity.support.TestMonths;
import cn.kaoping.publicity.support.Tokens;
import cn.kaoping.servers.Infrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.Test;

/**
 * Publishing a month (P1, P2): frozen numbered versions, events on the publicity topic through the outbox,
 * red cards and the digest (P6).
 */
@QuarkusTest
class PublicationTest {

    @Inject
    Db db;

    final EventFeed feed = EventFeed.shared();

    @Test
    void publishing_freezes_the_list_so_a_later_review_changes_the_live_list_but_not_the_published_version() {
        YearMonth month = TestMonths.fresh(2);
        String unitId = EvaluationEvents.id("u"), l = EvaluationEvents.id("l"), m = EvaluationEvents.id("m");
        File redCarded = File.of(unitId, l);
        EvaluationCard roundOne = EvaluationEvents.cardOf(1, "5.0");
        Applied.await(db,
                feed.send(EvaluationEvents.unit(unitId, "GB", "公布派出所")),
                feed.send(EvaluationEvents.officer(l, "080001", "林一", unitId)),
                feed.send(EvaluationEvents.officer(m, "080002", "马二", unitId)),
                feed.send(EvaluationEvents.reviewed(redCarded, 1, month, month.atDay(3), roundOne)),
                feed.send(EvaluationEvents.reviewed(File.of(unitId, m), month, "1.0")));

        Response created = as(Tokens.reviewer()).post("/api/v1/monthly-lists/{month}/publication", month.toString());
        created.then().statusCode(201);
        assertThat(created.header("Location")).isEqualTo("/api/v1/monthly-lists/" + month + "?version=1");
        JsonPath first = created.jsonPath();
        assertThat(first.getString("status")).isEqualTo("PUBLISHED");
        assertThat(first.getInt("version")).isEqualTo(1);
        assertThat(officer(first, l).get("redCard")).isEqualTo(true);

        // Round two next month, still counting in this month, replaces 5.0 with 2.0.
        Applied.await(db, feed.send(EvaluationEvents.reviewed(redCarded, 2, month, month.plusMonths(1).atDay(8),
                EvaluationEvents.cardOf(2, "2.0"))));
        JsonPath live = Api.liveList(month);
        assertThat(live.getString("status")).isEqualTo("LIVE");
        assertThat(live.getInt("latestPublishedVersion")).isEqualTo(1);
        assertThat(decimal(officer(live, l).get("averageDeduction"))).isEqualByComparingTo("2.00");
        assertThat(officer(live, l).get("redCard")).isEqualTo(false);

        JsonPath versionOne = Api.version(month, 1);
        assertThat(decimal(officer(versionOne, l).get("averageDeduction"))).isEqualByComparingTo("5.00");
        assertThat(officer(versionOne, l).get("redCard")).isEqualTo(true);
        assertThat(versionOne.getList("officers")).isEqualTo(first.getList("officers"));
        assertThat(versionOne.getList("units")).isEqualTo(first.getList("units"));

        JsonPath second = Api.publish(month);
        assertThat(second.getInt("version")).isEqualTo(2);
        assertThat(decimal(officer(second, l).get("averageDeduction"))).isEqualByComparingTo("2.00");
        assertThat(Api.version(month, 1).getList("officers")).as("version 1 stays as it was")
                .isEqualTo(first.getList("officers"));

        // Red cards: the latest published version by default, any version on request.
        assertThat(as(Tokens.officer(m, unitId)).get("/api/v1/red-cards/{month}", month.toString()).then()
                .statusCode(200).extract().jsonPath().getList("redCards")).isEmpty();
        JsonPath redCardsOfVersionOne = as(Tokens.officer(m, unitId)).queryParam("version", 1)
                .get("/api/v1/red-cards/{month}", month.toString()).then().statusCode(200).extract().jsonPath();
        assertThat(redCardsOfVersionOne.getList("redCards.officerId")).containsExactly(l);
        assertThat(redCardsOfVersionOne.getList("redCards[0].problemFileList.caseFileId")).containsExactly(redCarded.id());
        assertThat(redCardsOfVersionOne.getList("redCards[0].problemFileList.caseNumber"))
                .containsExactly(redCarded.caseNumber());

        // Events on the publicity topic, through the outbox.
        List<ConsumerRecord<String, String>> listEvents = ProjectionOperationsTest.readAll(Topics.PUBLICITY_EVENTS,
                r -> month.toString().equals(r.key()), 2);
        assertThat(listEvents).hasSize(2);
        MonthlyListPublished v1 = EventEnvelope.fromJson(listEvents.get(0).value()).dataAs(MonthlyListPublished.class);
        MonthlyListPublished v2 = EventEnvelope.fromJson(listEvents.get(1).value()).dataAs(MonthlyListPublished.class);
        assertThat(v1.version()).isEqualTo(1);
        assertThat(v1.redCardOfficerIds()).containsExactly(l);
        assertThat(v1.officerCount()).isEqualTo(2);
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.redCardOfficerIds()).isEmpty();
        EventEnvelope published = EventEnvelope.fromJson(listEvents.get(0).value());
        assertThat(published.source()).isEqualTo("/kaoping/publicity-service");
        assertThat(published.type()).isEqualTo("kaoping.publicity.MonthlyListPublished");
        assertThat(published.subject()).isEqualTo(month.toString());
        assertThat(published.actor().id()).isEqualTo("reviewer-1");

        List<ConsumerRecord<String, String>> redCardEvents = ProjectionOperationsTest.readAll(Topics.PUBLICITY_EVENTS,
                r -> l.equals(r.key()), 1);
        assertThat(redCardEvents).hasSize(1);
        RedCardIssued redCard = EventEnvelope.fromJson(redCardEvents.get(0).value()).dataAs(RedCardIssued.class);
        assertThat(redCard.month()).isEqualTo(month);
        assertThat(redCard.listVersion()).isEqualTo(1);
        assertThat(redCard.officerName()).isEqualTo("林一");
        assertThat(redCard.averageDeduction()).isEqualByComparingTo("5.00");
        assertThat(redCard.problemFileIds()).containsExactly(redCarded.id());

        await("outbox sent").atMost(Applied.WITHIN).until(() -> db.withHandle(h -> h.createQuery(
                "SELECT count(*) FROM outbox WHERE sent_at IS NULL").mapTo(Long.class).one()) == 0);
    }

    @Test
    void a_published_version_cannot_be_changed_even_in_the_database() {
        YearMonth month = TestMonths.fresh();
        String unitId = EvaluationEvents.id("u"), o = EvaluationEvents.id("o");
        Applied.await(db, feed.send(EvaluationEvents.reviewed(File.of(unitId, o), month, "1.0")));
        Api.publish(month);
        assertThatThrownBy(() -> db.useTransaction(h -> h.createUpdate(
                "UPDATE monthly_list_officer SET average_deduction = 0 WHERE month = :month").bind("month", month)
                .execute()))
                .isInstanceOf(UnableToExecuteStatementException.class).hasMessageContaining("immutable");
        assertThatThrownBy(() -> db.useTransaction(h -> h.createUpdate(
                "DELETE FROM monthly_list_version WHERE month = :month").bind("month", month).execute()))
                .isInstanceOf(UnableToExecuteStatementException.class).hasMessageContaining("immutable");
    }

    @Test
    void the_digest_is_plain_chinese_text_naming_the_red_cards_with_a_link() {
        YearMonth month = TestMonths.fresh();
        String unitId = EvaluationEvents.id("u"), b = EvaluationEvents.id("b"), a = EvaluationEvents.id("a");
        Applied.await(db,
                feed.send(EvaluationEvents.unit(unitId, "ZY", "摘要派出所")),
                feed.send(EvaluationEvents.officer(b, "090001", "李四", unitId)),
                feed.send(EvaluationEvents.officer(a, "090002", "张三", unitId)),
                feed.send(EvaluationEvents.reviewed(File.of(unitId, b), month, "3.5")),
                feed.send(EvaluationEvents.reviewed(File.of(unitId, b), month, "3.0")),
                feed.send(EvaluationEvents.reviewed(File.of(unitId, a), month, "1.0")));
        as(Tokens.officer(a, unitId)).get("/api/v1/digests/{month}", month.toString()).then().statusCode(404);
        Api.publish(month);

        Response response = as(Tokens.officer(a, unitId)).get("/api/v1/digests/{month}", month.toString());
        response.then().statusCode(200).contentType("text/plain");
        String digest = response.asString();
        String label = month.getYear() + "年" + month.getMonthValue() + "月";
        assertThat(digest).startsWith("【执法质量考评·" + label + "】\n")
                .contains("月度执法清单（第1版，")
                .contains("考评案卷3件，总扣分7.50分，平均扣分2.50分，问题案卷3件。")
                .contains("红牌民警1名")
                .contains("· 李四（摘要派出所）平均扣分3.25分，考评案卷2件，问题案卷2件")
                .doesNotContain("张三")
                .contains("详见法制网页：http://legal.example.intranet/monthly-lists/" + month)
                .doesNotContain("<").doesNotContain("**");
        assertThat(digest.lines()).allMatch(line -> line.length() < 120);
    }


    @Test
    void a_publication_while_kafka_is_down_is_announced_once_kafka_is_back() {
        assumeTrue(System.getenv("KAFKA_BOOTSTRAP_SERVERS") == null,
                "needs the test kit's own broker, which it can stop and start");
        YearMonth month = TestMonths.fresh();
        String unitId = EvaluationEvents.id("u"), o = EvaluationEvents.id("o");
        Applied.await(db, feed.send(EvaluationEvents.reviewed(File.of(unitId, o), month, "7.0")));

        Infrastructure.shared().stopKafka();
        try {
            assertThat(Api.publish(month).getInt("version")).as("publishing needs the database only").isEqualTo(1);
            // the relay tries, fails, keeps the row
            await("the row stays unsent while Kafka is down").during(Duration.ofSeconds(2))
                    .atMost(Duration.ofSeconds(5)).until(() -> unsent(month) == 1);
        } finally {
            Infrastructure.shared().startKafka();
        }

        await("the outbox row is sent").atMost(Duration.ofSeconds(60)).until(() -> unsent(month) == 0);
        List<ConsumerRecord<String, String>> events = ProjectionOperationsTest.readAll(Topics.PUBLICITY_EVENTS,
                r -> month.toString().equals(r.key()), 1);
        assertThat(events).hasSize(1);
        assertThat(EventEnvelope.fromJson(events.get(0).value()).dataAs(MonthlyListPublished.class).version())
                .isEqualTo(1);
        await("ready again").atMost(Duration.ofSeconds(60))
                .until(() -> RestAssured.get("/q/health/ready").statusCode() == 200);
    }

    private long unsent(YearMonth month) {
        return db.withHandle(h -> h.createQuery("SELECT count(*) FROM outbox WHERE record_key = :key AND sent_at IS NULL")
                .bind("key", month.toString()).mapTo(Long.class).one());
    }
}
