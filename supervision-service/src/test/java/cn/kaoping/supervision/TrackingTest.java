package cn.kaoping.supervision;

import static cn.kaoping.supervision.Scenario.as;
import static cn.kaoping.supervision.Scenario.reviewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import cn.kaoping.contracts.evaluation.ClosingReason;
import cn.kaoping.contracts.evaluation.EvaluationCard;
import cn.kaoping.contracts.evaluation.CaseFileReviewed;
import cn.kaoping.contracts.evaluation.FindingClass;
import cn.kaoping.contracts.evaluation.Rectification;
import cn.kaoping.fixtures.EvaluationEvents;
import cn.kaoping.runtime.db.Db;
import cn.kaoping.runtime.projection.EnvelopeProjection;
import cn.kaoping.supervision.infrastructure.timers.TimerPoller;
import cn.kaoping.testkit.KaopingTestResource;
import cn.kaoping.testkit.ProjectionHarness;
import cn.kaoping.web.security.Roles;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** S1 tracking: items open by themselves from the streams, once; resolve by themselves; fire when due. */
@QuarkusTest
@QuarkusTestResource(value = KaopingTestResource.class, initArgs = @ResourceArg(name = "database", value = "supervision"))
class TrackingTest {

    @Inject
    Db db;
    @Inject
    EnvelopeProjection projection;
    @Inject
    TimerPoller poller;

    ProjectionHarness harness;
    Scenario s;

    @BeforeEach
    void setUp() {
        harness = new ProjectionHarness(db, projection);
        s = new Scenario();
        harness.evaluation(EvaluationEvents.unit(s.unitId, "U" + s.unitId.substring(5), "城关派出所"),
                EvaluationEvents.officer(s.officerId, "P" + s.officerId.substring(8), "张三", s.unitId));
    }

    List<Map<String, Object>> items() {
        return reviewer().get("/api/v1/tracking-items?officerId=" + s.officerId + "&size=500")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    long outboxRows() {
        return db.withHandle(h -> h.createQuery("""
                        SELECT count(*) FROM outbox o WHERE o.payload LIKE :officer""")
                .bind("officer", "%" + s.officerId + "%").mapTo(Long.class).one());
    }

    EvaluationEvents.File reviewedFile() {
        EvaluationEvents.File f = s.file();
        LocalDate today = LocalDate.now(Scenario.ZONE);
        harness.evaluation(EvaluationEvents.registered(f, today.minusDays(20)),
                EvaluationEvents.reviewed(f, 1, s.month, today, Scenario.roundOne()));
        return f;
    }

    /** The directory rows fed here never went through the topic: a real rebuild (ProjectionHostTest) must not miss them. */
    @AfterEach
    void forgetDirectoryRows() {
        db.useHandle(h -> {
            h.execute("DELETE FROM officer_directory WHERE officer_id = ?", s.officerId);
            h.execute("DELETE FROM unit_directory WHERE unit_id = ?", s.unitId);
        });
    }

    @Nested
    class RedCard {

        @Test
        void opensAKeyPersonItemAndOneKeyFileItemPerProblemFile() {
            EvaluationEvents.File f = reviewedFile();
            harness.event(s.officerId, Instant.now(), s.redCard(1, f.id()));

            List<Map<String, Object>> items = items();
            assertThat(items).extracting(i -> i.get("kind") + "/" + i.get("reason") + "/" + i.get("state"))
                    .containsExactlyInAnyOrder("KEY_PERSON/RED_CARD/OPEN", "KEY_FILE/RED_CARD/OPEN");
            Map<String, Object> fileItem = items.stream().filter(i -> "KEY_FILE".equals(i.get("kind"))).findFirst().orElseThrow();
            assertThat(fileItem.get("caseNumber")).isEqualTo(f.caseNumber());
            // the file's rectification deadline (reviewed today: due in a month) is the item's due date
            assertThat(fileItem.get("dueOn")).isEqualTo(LocalDate.now(Scenario.ZONE).plusMonths(1).toString());
            assertThat(fileItem.get("period")).isEqualTo(s.month.toString());
        }

        @Test
        void redeliveryARepublishedMonthAndARebuildOpenAndPublishNothingMore() {
            EvaluationEvents.File f = reviewedFile();
            var first = harness.event(s.officerId, Instant.now(), s.redCard(1, f.id()));
            long published = outboxRows();
            assertThat(published).isEqualTo(2);

            harness.apply(first); // redelivery
            harness.event(s.officerId, Instant.now(), s.redCard(2, f.id())); // list version 2 of the same month
            assertThat(items()).hasSize(2);
            assertThat(outboxRows()).isEqualTo(published);

            // a rebuild of this officer's part: his projected red cards and applied events forgotten, then replayed
            db.useHandle(h -> {
                h.execute("DELETE FROM sv_red_card WHERE officer_id = ?", s.officerId);
                h.execute("DELETE FROM applied_event WHERE event_id = ?", first.id());
            });
            harness.apply(first);
            assertThat(items()).hasSize(2);
            assertThat(outboxRows()).isEqualTo(published);
        }

        @Test
        void aKeyFileItemResolvesWhenTheFileClosesRectifiedAndThenTheKeyPerson() {
            EvaluationEvents.File f = reviewedFile();
            harness.event(s.officerId, Instant.now(), s.redCard(1, f.id()));
            LocalDate today = LocalDate.now(Scenario.ZONE);
            EvaluationCard two = EvaluationEvents.card(2, List.of(
                    Scenario.finding("R1-1", FindingClass.NOT_STRICT, "5", Rectification.RECTIFIED),
                    Scenario.finding("R1-2", FindingClass.NOT_STANDARDIZED, "2", Rectification.RECTIFIED)));
            CaseFileReviewed roundTwo = EvaluationEvents.reviewed(f, 2, s.month, today, two);
            roundTwo = new CaseFileReviewed(roundTwo.caseFileId(), roundTwo.caseNumber(), roundTwo.unitId(),
                    roundTwo.primaryOfficerId(), List.of(), 2, today, two, List.of("R1-1", "R1-2"), List.of(),
                    s.month, null, null, today.plusDays(3), "reviewer-1", Instant.now());
            var closing = harness.evaluation(roundTwo,
                    EvaluationEvents.closed(f, s.month, today, two, ClosingReason.ROUND_TWO_REVIEWED));

            assertThat(items()).extracting(i -> i.get("kind") + "/" + i.get("state"))
                    .containsExactlyInAnyOrder("KEY_PERSON/RESOLVED", "KEY_FILE/RESOLVED");
            long published = outboxRows();
            assertThat(published).isEqualTo(4); // two opened, two resolved

            harness.apply(closing.get(1)); // redelivered close
            assertThat(outboxRows()).isEqualTo(published);
        }

        @Test
        void anUnrectifiedRoundTwoResolvesNothing() {
            EvaluationEvents.File f = reviewedFile();
            harness.event(s.officerId, Instant.now(), s.redCard(1, f.id()));
            LocalDate today = LocalDate.now(Scenario.ZONE);
            EvaluationCard two = EvaluationEvents.card(2, List.of(
                    Scenario.finding("R1-1", FindingClass.NOT_STRICT, "5", Rectification.UNRECTIFIED)));
            harness.evaluation(new CaseFileReviewed(f.id(), f.caseNumber(), f.unitId(), f.officerId(), List.of(), 2,
                            today, two, List.of(), List.of("R1-1"), s.month, null, null, today.plusDays(3), "reviewer-1",
                            Instant.now()),
                    EvaluationEvents.closed(f, s.month, today, two, ClosingReason.ROUND_TWO_REVIEWED));
            assertThat(items()).extracting(i -> i.get("state")).containsOnly("OPEN");
        }
    }

    @Nested
    class RefusedRectification {

        @Test
        void opensAKeyFileItemAndAProposal() {
            EvaluationEvents.File f = reviewedFile();
            harness.evaluation(s.refused(f, LocalDate.now(Scenario.ZONE).minusDays(1)));
            assertThat(items()).extracting(i -> i.get("kind") + "/" + i.get("reason"))
                    .containsExactly("KEY_FILE/REFUSED_RECTIFICATION");
            List<Map<String, Object>> proposals = reviewer().get("/api/v1/escalation-proposals?size=500")
                    .then().statusCode(200).extract().jsonPath().getList("items");
            assertThat(proposals).filteredOn(p -> s.officerId.equals(((Map<?, ?>) p.get("proposal")).get("officerId")))
                    .extracting(p -> (Object) String.valueOf(((Map<?, ?>) p.get("proposal")).get("ground")))
                    .containsExactly("REFUSED_RECTIFICATION");
        }
    }

    @Nested
    class DueDates {

        @Test
        void anItemDueWhileNobodyLookedFiresOnceAndTwoPollersFireItOnce() throws Exception {
            String id = reviewer().body(Map.of("kind", "KEY_PERSON", "officerId", s.officerId,
                            "dueOn", LocalDate.now(Scenario.ZONE).toString(), "note", "人工督办"))
                    .post("/api/v1/tracking-items").then().statusCode(201).extract().path("id");
            Instant later = LocalDate.now(Scenario.ZONE).plusDays(2).atStartOfDay(Scenario.ZONE).toInstant();
            CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> poller.fireDueAsOf(later));
            CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> poller.fireDueAsOf(later));
            assertThat(a.get() + b.get()).isGreaterThanOrEqualTo(1);
            assertThat(poller.fireDueAsOf(later)).isZero();
            reviewer().get("/api/v1/tracking-items/" + id).then().statusCode(200)
                    .body("state", equalTo("OVERDUE"))
                    .body("history.findAll { it.type == 'OVERDUE' }", hasSize(1));
            long overdueEvents = db.withHandle(h -> h.createQuery(
                            "SELECT count(*) FROM outbox WHERE record_key = :id AND payload LIKE '%TrackingItemOverdue%'")
                    .bind("id", id).mapTo(Long.class).one());
            assertThat(overdueEvents).isEqualTo(1);
        }

        @Test
        void anExtensionBeforeTheDueDateMovesTheTimer() {
            LocalDate today = LocalDate.now(Scenario.ZONE);
            String id = reviewer().body(Map.of("kind", "KEY_PERSON", "officerId", s.officerId,
                            "dueOn", today.toString()))
                    .post("/api/v1/tracking-items").then().statusCode(201).extract().path("id");
            reviewer().body(Map.of("type", "EXTEND", "dueOn", today.plusDays(10).toString(), "note", "申请延期"))
                    .post("/api/v1/tracking-items/" + id + "/actions").then().statusCode(200)
                    .body("dueOn", equalTo(today.plusDays(10).toString()));
            poller.fireDueAsOf(today.plusDays(2).atStartOfDay(Scenario.ZONE).toInstant());
            reviewer().get("/api/v1/tracking-items/" + id).then().body("state", equalTo("OPEN"));
        }
    }

    @Nested
    class ByHand {

        @Test
        void actionsFollowTheStateAndTheRoles() {
            LocalDate today = LocalDate.now(Scenario.ZONE);
            String id = reviewer().body(Map.of("kind", "KEY_PERSON", "officerId", s.officerId,
                            "dueOn", today.plusDays(5).toString()))
                    .post("/api/v1/tracking-items").then().statusCode(201).body("state", equalTo("OPEN"))
                    .extract().path("id");
            // one live item per subject and reason
            reviewer().body(Map.of("kind", "KEY_PERSON", "officerId", s.officerId, "dueOn", today.plusDays(5).toString()))
                    .post("/api/v1/tracking-items").then().statusCode(409).body("code", equalTo("ITEM_ALREADY_OPEN"));
            s.legalOfficer().body(Map.of("type", "FEEDBACK", "note", "已约谈"))
                    .post("/api/v1/tracking-items/" + id + "/actions").then().statusCode(200);
            s.legalOfficer().body(Map.of("type", "RESOLVE"))
                    .post("/api/v1/tracking-items/" + id + "/actions").then().statusCode(403);
            as("legal-other", "other-unit", Roles.UNIT_LEGAL_OFFICER).body(Map.of("type", "FEEDBACK", "note", "x"))
                    .post("/api/v1/tracking-items/" + id + "/actions").then().statusCode(403);
            reviewer().body(Map.of("type", "EXTEND", "dueOn", today.toString()))
                    .post("/api/v1/tracking-items/" + id + "/actions").then().statusCode(400)
                    .body("code", equalTo("EXTENSION_NOT_LATER"));
            reviewer().body(Map.of("type", "RESOLVE", "note", "已整改"))
                    .post("/api/v1/tracking-items/" + id + "/actions").then().statusCode(200)
                    .body("state", equalTo("RESOLVED"));
            reviewer().body(Map.of("type", "REMIND"))
                    .post("/api/v1/tracking-items/" + id + "/actions").then().statusCode(409);
            reviewer().body(Map.of("type", "REOPEN"))
                    .post("/api/v1/tracking-items/" + id + "/actions").then().statusCode(200)
                    .body("state", equalTo("OPEN"))
                    .body("history.type", org.hamcrest.Matchers.contains("OPENED", "FEEDBACK", "RESOLVE", "REOPEN"));
            reviewer().body(Map.of("type", "NONSENSE"))
                    .post("/api/v1/tracking-items/" + id + "/actions").then().statusCode(400);
        }

        @Test
        void whoSeesWhat() {
            String id = reviewer().body(Map.of("kind", "KEY_PERSON", "officerId", s.officerId,
                            "dueOn", LocalDate.now(Scenario.ZONE).plusDays(5).toString()))
                    .post("/api/v1/tracking-items").then().statusCode(201).extract().path("id");
            s.officer().get("/api/v1/tracking-items/" + id).then().statusCode(200);
            as("someone-else", s.unitId, Roles.OFFICER).get("/api/v1/tracking-items/" + id).then().statusCode(403);
            as("someone-else", s.unitId, Roles.OFFICER).get("/api/v1/tracking-items?officerId=" + s.officerId)
                    .then().statusCode(403);
            s.legalOfficer().get("/api/v1/tracking-items").then().statusCode(200).body("total", equalTo(1));
            as("legal-other", "other-unit", Roles.UNIT_LEGAL_OFFICER).get("/api/v1/tracking-items/" + id)
                    .then().statusCode(403);
            s.officer().body(Map.of("kind", "KEY_PERSON", "officerId", s.officerId, "dueOn", "2099-01-01"))
                    .post("/api/v1/tracking-items").then().statusCode(403);
            reviewer().get("/api/v1/tracking-items?state=WHATEVER").then().statusCode(400);
            reviewer().get("/api/v1/tracking-items/no-such-item").then().statusCode(404);
            io.restassured.RestAssured.get("/api/v1/tracking-items").then().statusCode(401);
            reviewer().body(Map.of("kind", "KEY_FILE", "caseFileId", "no-such-file", "dueOn", "2099-01-01"))
                    .post("/api/v1/tracking-items").then().statusCode(400).body("code", equalTo("CASE_FILE_UNKNOWN"));
            reviewer().body("{not json").post("/api/v1/tracking-items").then().statusCode(400);
        }
    }
}
