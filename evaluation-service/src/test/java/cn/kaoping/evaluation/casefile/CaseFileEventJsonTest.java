package cn.kaoping.evaluation.casefile;

import static cn.kaoping.evaluation.casefile.CaseFileScenario.FILE;
import static cn.kaoping.evaluation.casefile.CaseFileScenario.PRIMARY_OFFICER;
import static cn.kaoping.evaluation.casefile.CaseFileScenario.expireRectification;
import static cn.kaoping.evaluation.casefile.CaseFileScenario.finding;
import static cn.kaoping.evaluation.casefile.CaseFileScenario.markOverdue;
import static cn.kaoping.evaluation.casefile.CaseFileScenario.object;
import static cn.kaoping.evaluation.casefile.CaseFileScenario.preReview;
import static cn.kaoping.evaluation.casefile.CaseFileScenario.register;
import static cn.kaoping.evaluation.casefile.CaseFileScenario.review;
import static cn.kaoping.evaluation.casefile.CaseFileScenario.submit;
import static cn.kaoping.evaluation.casefile.CaseFileScenario.uphold;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kaoping.contracts.Json;
import cn.kaoping.contracts.evaluation.EvaluationEvent;
import cn.kaoping.contracts.evaluation.RectificationOverdue;
import cn.kaoping.evaluation.support.TestRulebooks;
import cn.kaoping.evaluation.deadline.BureauCalendar;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

/**
 * The events of a whole life of a file survive the shared JSON mapper unchanged (the event store and Kafka
 * both carry them as JSON), and read as consumers expect: months "yyyy-MM", points with one decimal.
 */
class CaseFileEventJsonTest {

    @Test
    void every_event_of_a_file_s_life_reads_back_equal_from_its_json() {
        FixtureConfiguration<CaseFile> fixture = new AggregateTestFixture<>(CaseFile.class)
                .registerInjectableResource(TestRulebooks.catalogWithDefault())
                .registerInjectableResource(BureauCalendar.shanghai());
        fixture.givenCommands(register(), preReview("2017-03-20T09:00", finding("EV02")), markOverdue("2017-04-11T00:00"),
                        submit("2017-04-12T10:00"),
                        review("2017-04-20T15:00", finding("EV02"), finding("PR05"), finding("DO02")),
                        object(PRIMARY_OFFICER, "2017-04-21T09:00"), uphold("2017-04-22T09:00", "R1-3"))
                .when(expireRectification("2017-05-21T00:00"))
                .expectSuccessfulHandlerExecution();

        List<Object> events = fixture.getEventStore().readEvents(FILE).asStream()
                .map(EventMessage::getPayload).map(p -> (Object) p).toList();

        assertThat(events).extracting(e -> e.getClass().getSimpleName()).containsExactly("CaseFileRegistered",
                "CaseFilePreReviewed", "SubmissionOverdue", "CaseFileSubmitted", "CaseFileReviewed", "ObjectionRaised",
                "ObjectionDecided", "RectificationOverdue", "CaseFileClosed");
        for (Object event : events) {
            assertThat(Json.read(Json.write(event), event.getClass())).as(event.getClass().getSimpleName())
                    .isEqualTo(event);
            assertThat(((EvaluationEvent) event).subject()).isEqualTo(FILE);
        }
        String overdue = Json.write(events.stream().filter(RectificationOverdue.class::isInstance).findFirst().orElseThrow());
        assertThat(overdue).contains("\"evaluationMonth\":\"2017-04\"", "\"totalDeduction\":15.0",
                "\"rectificationDueOn\":\"2017-05-20\"", "\"occurredAt\":\"2017-05-20T16:00:00Z\"");
    }
}
