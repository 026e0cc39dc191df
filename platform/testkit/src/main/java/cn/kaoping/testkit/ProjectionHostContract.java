package cn.kaoping.testkit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import cn.kaoping.contracts.EventEnvelope;
import cn.kaoping.contracts.evaluation.OfficerRegistered;
import cn.kaoping.contracts.evaluation.OfficerRole;
import cn.kaoping.contracts.evaluation.UnitRegistered;
import cn.kaoping.fixtures.EventFeed;
import cn.kaoping.runtime.db.Db;
import cn.kaoping.runtime.directory.Directory;
import cn.kaoping.runtime.projection.EnvelopeProjection;
import cn.kaoping.servers.Infrastructure;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every service that hosts a projection guarantees, through the real broker: events arrive in its directory
 * within seconds, a redelivery is applied once, readiness and {@code /api/v1/projections} follow the consumer, a
 * rebuild replays the topics into the same state, and every type of a consumed topic is handled or ignored. A
 * service's test extends this with {@code @QuarkusTest} and the {@link KaopingTestResource} of its database.
 */
public abstract class ProjectionHostContract {

    private static final Duration WITHIN = Duration.ofSeconds(30);

    @Inject
    Db db;

    @Inject
    Directory directory;

    @Inject
    EnvelopeProjection projection;

    @Test
    void every_type_of_a_consumed_topic_is_handled_or_ignored() {
        ProjectionCoverage.assertEveryTypeHandledOrIgnored(projection);
    }

    @Test
    void units_and_officers_reach_the_directory_within_seconds_and_a_redelivery_counts_once() {
        String unitId = "unit-" + UUID.randomUUID();
        String officerId = "officer-" + UUID.randomUUID();
        EventFeed feed = EventFeed.shared();
        feed.send(new UnitRegistered(unitId, "U" + unitId.substring(5, 12), "城关派出所", "admin-1", Instant.now()));
        EventEnvelope officer = EventFeed.envelope(new OfficerRegistered(officerId, "03" + officerId.substring(8, 12),
                "李明", unitId, List.of(OfficerRole.OFFICER, OfficerRole.UNIT_LEGAL_OFFICER), "admin-1", Instant.now()));
        feed.sendEnvelope(officer);
        feed.sendEnvelope(officer);

        await().atMost(WITHIN).until(() -> directory.officer(officerId).isPresent());
        assertThat(directory.unitName(unitId)).isEqualTo("城关派出所");
        assertThat(directory.officer(officerId).orElseThrow().roles()).containsExactly("OFFICER", "UNIT_LEGAL_OFFICER");
        assertThat(appliedRows(officer.id())).isEqualTo(1);
    }

    @Test
    void readiness_and_the_status_follow_the_consumer() {
        await().atMost(WITHIN).until(() -> given().get("/q/health/ready").statusCode() == 200);
        given().get("/q/health/ready").then().body(containsString("\"projection\""));
        given().auth().oauth2(token("reviewer-1", "REVIEWER")).get("/api/v1/projections").then()
                .statusCode(200).body("running", equalTo(true));
        given().auth().oauth2(token("officer-1", "OFFICER")).get("/api/v1/projections").then().statusCode(403);
        given().get("/api/v1/projections").then().statusCode(401);
    }

    @Test
    void a_rebuild_replays_the_topics_into_the_same_directory() {
        String unitId = "unit-" + UUID.randomUUID();
        EventFeed.shared().send(new UnitRegistered(unitId, "R" + unitId.substring(5, 12), "刑侦大队", "admin-1",
                Instant.now()));
        await().atMost(WITHIN).until(() -> directory.unit(unitId).isPresent());
        List<Directory.Unit> before = directory.units();

        given().auth().oauth2(token("admin-1", "ADMIN")).post("/api/v1/projections/rebuild").then().statusCode(202);

        await().atMost(WITHIN).until(() -> directory.units().equals(before));
        assertThat(directory.units()).isEqualTo(before);
    }

    private long appliedRows(String eventId) {
        return db.withHandle(h -> h.createQuery("SELECT count(*) FROM applied_event WHERE event_id = :id")
                .bind("id", eventId).mapTo(Long.class).one());
    }

    @Test
    void a_registered_officer_holds_only_the_roles_the_directory_grants_him() {
        String unitId = "unit-" + UUID.randomUUID();
        String officerId = "officer-" + UUID.randomUUID();
        EventFeed.shared().send(new OfficerRegistered(officerId, "P" + officerId.substring(8, 16), "王五", unitId,
                List.of(OfficerRole.OFFICER), "admin-1", Instant.now()));
        await().atMost(WITHIN).until(() -> directory.officer(officerId).isPresent());

        // His token claims REVIEWER, the registry says OFFICER: the projections' status stays closed to him.
        given().auth().oauth2(Infrastructure.shared().tokens().mint(officerId, unitId, "REVIEWER"))
                .get("/api/v1/projections").then().statusCode(403);
        given().auth().oauth2(token("reviewer-" + UUID.randomUUID(), "REVIEWER"))
                .get("/api/v1/projections").then().statusCode(200);
    }

    /** A token of an officer the directory does not know, of a unit of his own (ADMIN: of none). */
    private static String token(String subject, String role) {
        return Infrastructure.shared().tokens().mint(subject, "ADMIN".equals(role) ? null : "unit-of-" + subject, role);
    }
}
