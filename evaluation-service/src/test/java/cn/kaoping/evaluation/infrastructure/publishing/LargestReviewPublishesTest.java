package cn.kaoping.evaluation.infrastructure.publishing;

import static cn.kaoping.evaluation.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import cn.kaoping.evaluation.rest.Limits;
import cn.kaoping.evaluation.support.Api;
import cn.kaoping.evaluation.support.CaseFiles;
import cn.kaoping.evaluation.support.EvaluationTopic;
import cn.kaoping.testkit.KaopingTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Issue #11 rule 5: every text and list of a command has a limit (400 naming the field beyond it), and the largest
 * review the limits allow — round two with {@value Limits#FINDINGS} unrectified and {@value Limits#FINDINGS} new
 * findings, every note {@value Limits#NOTE} Chinese characters — still publishes to Kafka (under the producer's 1 MB).
 */
@QuarkusTest
@QuarkusTestResource(value = KaopingTestResource.class, initArgs = @ResourceArg(name = "database", value = "evaluation"))
class LargestReviewPublishesTest {

    @Inject
    CommandGateway commands;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final String reviewer = Api.tokens().mint(CaseFiles.REVIEWER, CaseFiles.BRIGADE, "REVIEWER");

    private static List<Map<String, Object>> findings(int count, int noteLength) {
        String note = "笔".repeat(noteLength);
        List<Map<String, Object>> findings = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            findings.add(Map.of("itemCode", "EV01", "note", note)); // EV01 may be recorded once per occurrence
        }
        return findings;
    }

    private String submittedFile() {
        CaseFiles files = new CaseFiles(commands);
        String id = files.register(LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(2));
        files.submit(id);
        return id;
    }

    @Test
    void the_largest_allowed_review_is_published() {
        String id = submittedFile();
        as(reviewer).body(Map.of("findings", findings(Limits.FINDINGS, Limits.NOTE)))
                .post("/api/v1/case-files/" + id + "/reviews").then().statusCode(200);
        new CaseFiles(commands).submit(id);
        List<String> all = new ArrayList<>();
        for (int i = 1; i <= Limits.FINDINGS; i++) {
            all.add("R1-" + i);
        }
        as(reviewer).body(Map.of("findings", findings(Limits.FINDINGS, Limits.NOTE), "unrectifiedFindingIds", all))
                .post("/api/v1/case-files/" + id + "/reviews").then().statusCode(200)
                .body("state", equalTo("CLOSED"));

        EvaluationTopic topic = new EvaluationTopic(bootstrapServers);
        await().atMost(Duration.ofSeconds(90)).until(() -> topic.typesByKey(Set.of(id)).get(id).stream()
                .filter(type -> type.contains("CaseFileClosed")).count() == 1);
        List<ConsumerRecord<String, String>> records = topic.recordsOf(Set.of(id)).get(id);
        int largest = records.stream().mapToInt(r -> r.value().getBytes(StandardCharsets.UTF_8).length).max()
                .orElseThrow();
        assertThat(largest).as("the round-two card with 200 findings").isGreaterThan(500_000).isLessThan(1_000_000);
    }

    @Test
    void beyond_the_limits_a_command_is_refused_naming_the_field() {
        String id = submittedFile();
        as(reviewer).body(Map.of("findings", findings(Limits.FINDINGS + 1, 10)))
                .post("/api/v1/case-files/" + id + "/reviews").then().statusCode(400)
                .body("errors[0].field", containsString("findings"));
        as(reviewer).body(Map.of("findings", findings(1, Limits.NOTE + 1)))
                .post("/api/v1/case-files/" + id + "/reviews").then().statusCode(400)
                .body("errors[0].field", containsString("note"));
        as(reviewer).body(Map.of("findings", List.of(), "unrectifiedFindingIds", List.of("x".repeat(Limits.ID + 1))))
                .post("/api/v1/case-files/" + id + "/reviews").then().statusCode(400)
                .body("errors[0].field", containsString("unrectifiedFindingIds"));
        List<String> coHandlers = new ArrayList<>();
        for (int i = 0; i <= Limits.CO_HANDLERS; i++) {
            coHandlers.add("officer-" + i);
        }
        as(Api.admin()).body(Map.of("caseNumber", "LIMIT-" + Api.unique(), "kind", "ADMINISTRATIVE_PENALTY",
                        "unitId", CaseFiles.UNIT, "primaryOfficerId", CaseFiles.PRIMARY_OFFICER,
                        "coHandlerIds", coHandlers, "closedOn", "2026-01-05"))
                .post("/api/v1/case-files").then().statusCode(400)
                .body("errors[0].field", containsString("coHandlerIds"));
        as(Api.tokens().mint(CaseFiles.PRIMARY_OFFICER, CaseFiles.UNIT, "OFFICER"))
                .body(Map.of("reason", "异".repeat(Limits.TEXT + 1)))
                .post("/api/v1/case-files/" + id + "/objection").then().statusCode(400);
    }
}
