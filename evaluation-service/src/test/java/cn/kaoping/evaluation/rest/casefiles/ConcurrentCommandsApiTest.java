package cn.kaoping.evaluation.rest.casefiles;

import static cn.kaoping.evaluation.support.Api.as;
import static cn.kaoping.evaluation.support.Bureau.caseNumber;
import static cn.kaoping.evaluation.support.Bureau.findings;
import static cn.kaoping.evaluation.support.Bureau.newCaseFile;
import static cn.kaoping.evaluation.support.Bureau.register;
import static cn.kaoping.evaluation.support.BureauDays.today;
import static cn.kaoping.evaluation.support.Races.race;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import cn.kaoping.evaluation.support.Bureau;
import cn.kaoping.evaluation.support.Bureau.Officer;
import cn.kaoping.evaluation.support.Bureau.Unit;
import cn.kaoping.evaluation.support.EventStoreRows;
import cn.kaoping.runtime.db.Db;
import cn.kaoping.testkit.KaopingTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two conflicting commands at once: one succeeds, the other gets 409 and changes nothing. */
@QuarkusTest
@QuarkusTestResource(value = KaopingTestResource.class, initArgs = @ResourceArg(name = "database", value = "evaluation"))
class ConcurrentCommandsApiTest {

    @Inject
    Db db;

    private final Bureau bureau = new Bureau();
    private EventStoreRows events;
    private Unit unit;
    private Officer legalOfficer;
    private Officer officer;

    @BeforeEach
    void setUp() {
        events = new EventStoreRows(db);
        unit = bureau.unit("东城派出所");
        legalOfficer = bureau.officer(unit, "周法制", "UNIT_LEGAL_OFFICER");
        officer = bureau.officer(unit, "吴民警", "OFFICER");
    }

    @Test
    void two_submissions_of_one_file_at_once_give_one_success_and_one_conflict() throws Exception {
        String file = register(legalOfficer, unit, officer, today());

        List<Integer> statuses = race(2, () -> as(legalOfficer.token())
                .post("/api/v1/case-files/" + file + "/submission").statusCode());

        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        assertThat(events.count("""
                select count(*) from domain_event_entry where aggregate_identifier = ?
                   and payload_type = 'cn.kaoping.contracts.evaluation.CaseFileSubmitted'""", file)).isEqualTo(1);
    }

    @Test
    void two_registrations_of_one_case_number_at_once_give_one_file() throws Exception {
        String caseNumber = caseNumber();

        List<Integer> statuses = race(2, () -> as(legalOfficer.token())
                .body(newCaseFile(caseNumber, unit, officer, today())).post("/api/v1/case-files").statusCode());

        assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        assertThat(events.ofTypeContaining("CaseFileRegistered", caseNumber)).isEqualTo(1);
    }

    /**
     * Another instance of the service appends the file's next event while this one handles a command on it: the
     * event store's unique sequence lets the first append win, and this command gets 409 CONCURRENT_MODIFICATION.
     */
    @Test
    void an_append_that_loses_to_another_instance_is_a_concurrent_modification() throws Exception {
        String file = register(legalOfficer, unit, officer, today());
        as(legalOfficer.token()).body(findings()).post("/api/v1/case-files/" + file + "/pre-review")
                .then().statusCode(200);
        long before = events.ofAggregate(file);

        try (Handle otherInstance = db.jdbi().open()) {
            otherInstance.begin();
            appendCopyOfLastEvent(otherInstance, file);
            CompletableFuture<Response> preReview = CompletableFuture.supplyAsync(() -> as(legalOfficer.token())
                    .header("Accept-Language", "en").body(findings())
                    .post("/api/v1/case-files/" + file + "/pre-review"));
            awaitBlockedOnLock();
            otherInstance.commit();

            preReview.get().then().statusCode(409)
                    .body("code", equalTo("CONCURRENT_MODIFICATION"))
                    .body("title", equalTo("Concurrent modification"));
        }
        assertThat(events.ofAggregate(file)).isEqualTo(before + 1);
    }

    /** What another instance would append: a copy of the file's last event under the next sequence number. */
    private static void appendCopyOfLastEvent(Handle otherInstance, String aggregateId) {
        assertThat(otherInstance.execute("""
                insert into domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                    timestamp, payload_type, payload_revision, payload, meta_data)
                select ?, aggregate_identifier, sequence_number + 1, type, timestamp, payload_type, payload_revision,
                       payload, meta_data
                  from domain_event_entry where aggregate_identifier = ?
                 order by sequence_number desc limit 1""", UUID.randomUUID().toString(), aggregateId)).isEqualTo(1);
    }

    /** Until a session of the service waits for the other instance's uncommitted row. */
    private void awaitBlockedOnLock() {
        await("a command waiting for the other instance's append").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> db.withHandle(handle -> handle.createQuery("""
                        select count(*) from pg_stat_activity
                         where datname = current_database() and wait_event_type = 'Lock'""")
                        .mapTo(Long.class).one()) > 0);
    }
}
