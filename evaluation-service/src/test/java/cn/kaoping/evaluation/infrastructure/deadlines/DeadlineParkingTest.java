package cn.kaoping.evaluation.infrastructure.deadlines;

import static cn.kaoping.evaluation.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import cn.kaoping.contracts.evaluation.CaseKind;
import cn.kaoping.evaluation.casefile.registering.RegisterCaseFile;
import cn.kaoping.evaluation.support.Api;
import cn.kaoping.evaluation.support.Bureau;
import cn.kaoping.evaluation.support.CaseFiles;
import cn.kaoping.runtime.db.Db;
import cn.kaoping.testkit.KaopingTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;

/**
 * Bounded retries: a deadline whose command really fails (its case file does not exist in the event store, so the
 * aggregate cannot be loaded) is retried with growing pauses, then parked with its last error after
 * {@code kaoping.deadlines.max-attempts} (3 in tests), counted by the gauge, listed for an ADMIN and retried on request.
 */
@QuarkusTest
@QuarkusTestResource(value = KaopingTestResource.class, initArgs = @ResourceArg(name = "database", value = "evaluation"))
class DeadlineParkingTest {

    @Inject
    Db db;

    @Inject
    CommandGateway commands;

    @Inject
    DeadlineFiring firing;

    private Map<String, Object> row(String caseFileId) {
        return db.withHandle(h -> h.createQuery("select state, attempts, last_error, parked_at from deadline "
                        + "where case_file_id = :id and kind = 'RECTIFICATION'")
                .bind("id", caseFileId).mapToMap().one());
    }

    /** A due rectification deadline of a file the event store does not have: its command fails every time. */
    private String failingDeadline() {
        String caseFileId = UUID.randomUUID().toString();
        db.useHandle(h -> h.createUpdate("""
                        insert into deadline (case_file_id, kind, case_number, unit_id, due_on, due_at, state, opened_at)
                        values (:id, 'RECTIFICATION', :number, 'unit-parking', :dueOn, :dueAt, 'OPEN', :dueAt)""")
                .bind("id", caseFileId).bind("number", "PARK-" + caseFileId)
                .bind("dueOn", LocalDate.now().minusDays(2)).bind("dueAt", Instant.now().minusSeconds(86_400))
                .execute());
        return caseFileId;
    }

    @Test
    void a_deadline_whose_command_keeps_failing_is_parked_after_the_last_attempt_and_retried_on_request() {
        String caseFileId = failingDeadline();

        await().atMost(Duration.ofSeconds(60)).until(() -> "PARKED".equals(row(caseFileId).get("state")));
        Map<String, Object> parked = row(caseFileId);
        assertThat(parked.get("attempts")).isEqualTo(3);
        assertThat((String) parked.get("last_error")).isNotBlank();
        // Parked stays parked: no poll claims it again.
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                .until(() -> row(caseFileId).get("attempts").equals(3) && "PARKED".equals(row(caseFileId).get("state")));

        String id = caseFileId + ":RECTIFICATION";
        as(Api.admin()).get("/api/v1/deadlines/parked?size=500").then().statusCode(200)
                .body("items.id", hasItem(id));
        String metrics = RestAssured.get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).containsPattern("kaoping_deadlines_parked\\S* [1-9]");

        // The file now exists (its own deadline is a SUBMISSION one): the retried command is a no-op and succeeds.
        commands.sendAndWait(new RegisterCaseFile(caseFileId, Bureau.caseNumber(), CaseKind.ADMINISTRATIVE_PENALTY,
                CaseFiles.UNIT, CaseFiles.PRIMARY_OFFICER, List.of(), LocalDate.now().minusDays(1),
                CaseFiles.LEGAL_OFFICER, Instant.now()));
        as(Api.admin()).post("/api/v1/deadlines/" + id + "/retry").then().statusCode(204);
        await().atMost(Duration.ofSeconds(30)).until(() -> "FIRED".equals(row(caseFileId).get("state")));
        as(Api.admin()).post("/api/v1/deadlines/" + id + "/retry").then().statusCode(404)
                .body("code", equalTo("DEADLINE_NOT_PARKED"));
    }

    @Test
    void only_an_admin_sees_and_retries_parked_deadlines() {
        String reviewer = Api.tokens().mint("reviewer-" + Api.unique(), "unit-legal-brigade", "REVIEWER");
        as(reviewer).get("/api/v1/deadlines/parked").then().statusCode(403);
        as(Api.leadership()).post("/api/v1/deadlines/x:SUBMISSION/retry").then().statusCode(403);
        as(Api.admin()).post("/api/v1/deadlines/no-such-id/retry").then().statusCode(404);
    }

    @Test
    void the_pause_doubles_up_to_its_maximum() {
        assertThat(firing.backoff(1)).isEqualTo(Duration.ofMillis(200));
        assertThat(firing.backoff(2)).isEqualTo(Duration.ofMillis(400));
        assertThat(firing.backoff(3)).isEqualTo(Duration.ofMillis(800));
        assertThat(firing.backoff(4)).isEqualTo(Duration.ofSeconds(1));
        assertThat(firing.backoff(40)).isEqualTo(Duration.ofSeconds(1));
    }
}
