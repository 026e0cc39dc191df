package cn.kaoping.contracts.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaoping.contracts.Actor;
import cn.kaoping.contracts.EventDescriptor;
import cn.kaoping.contracts.EventEnvelope;
import cn.kaoping.contracts.EventRegistry;
import cn.kaoping.contracts.Json;
import cn.kaoping.contracts.MalformedEventException;
import cn.kaoping.contracts.Topics;
import cn.kaoping.contracts.schema.ContractDocuments;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The supervision events fit the contracts machinery, and each is keyed by what its Javadoc says. */
class SupervisionContractTest {

    private final EventRegistry registry = EventRegistry.of(List.of(SupervisionEvent.class));
    private final Actor actor = Actor.system("supervision-deadlines");

    @Test
    void every_supervision_event_record_has_exactly_one_sample() {
        Map<Class<?>, Long> samplesPerType = SupervisionSamples.all().stream()
                .collect(Collectors.groupingBy(Object::getClass, Collectors.counting()));
        assertThat(samplesPerType.keySet())
                .containsExactlyInAnyOrderElementsOf(Arrays.asList(SupervisionEvent.class.getPermittedSubclasses()));
        assertThat(samplesPerType.values()).containsOnly(1L);
    }

    @Test
    void every_supervision_event_is_typed_under_the_supervision_domain_and_topic() {
        for (SupervisionEvent sample : SupervisionSamples.all()) {
            EventDescriptor descriptor = EventDescriptor.of(sample.getClass());
            assertThat(descriptor.type()).isEqualTo("kaoping.supervision." + sample.getClass().getSimpleName());
            assertThat(descriptor.topic()).isEqualTo(Topics.SUPERVISION_EVENTS);
        }
    }

    @Test
    void every_supervision_event_survives_the_envelope_unchanged_under_its_subject() {
        for (SupervisionEvent sample : SupervisionSamples.all()) {
            EventEnvelope envelope = EventEnvelope.wrap("/kaoping/supervision-service", sample.subject(), actor,
                    Instant.parse("2017-07-05T16:00:00Z"), sample);
            EventEnvelope received = EventEnvelope.fromJson(envelope.toJson());
            assertThat(received.decode(registry)).isEqualTo(sample);
            assertThat(received.subject()).isEqualTo(sample.subject());
        }
    }

    @Test
    void tracking_items_are_keyed_by_item_and_accountability_by_officer() {
        assertThat(SupervisionSamples.all()).extracting(SupervisionEvent::subject).containsExactly(
                SupervisionSamples.KEY_FILE_ITEM_ID, SupervisionSamples.KEY_FILE_ITEM_ID,
                SupervisionSamples.KEY_PERSON_ITEM_ID, SupervisionSamples.OFFICER_ID, SupervisionSamples.OFFICER_ID,
                SupervisionSamples.OFFICER_ID, SupervisionSamples.OFFICER_ID);
    }

    @Test
    void a_key_person_item_has_no_file_and_its_schema_does_not_require_one() {
        TrackingItemOpened keyPerson = new TrackingItemOpened("i-1", TrackingKind.KEY_PERSON, TrackingReason.RED_CARD,
                "o-1", "u-1", null, null, "2017-05", LocalDate.of(2017, 7, 5));
        JsonNode data = EventEnvelope.wrap("/kaoping/supervision-service", keyPerson.subject(), actor,
                Instant.parse("2017-06-05T02:00:00Z"), keyPerson).data();
        JsonNode schema = new ContractDocuments(registry).schemaOf(EventDescriptor.of(TrackingItemOpened.class));

        assertThat(data.has("caseFileId")).isFalse();
        assertThat(data.has("caseNumber")).isFalse();
        assertThat(schema.get("required")).extracting(JsonNode::asText)
                .doesNotContain("caseFileId", "caseNumber", "period")
                .contains("itemId", "kind", "reason", "officerId", "unitId", "dueOn");
    }

    @Test
    void a_decision_that_holds_no_one_liable_carries_no_forms_and_its_ground() {
        AccountabilityDecided notLiable = new AccountabilityDecided("c-1", "o-1", "u-1", false, null,
                "属执法瑕疵，不予追究", "2017年第3批", LocalDate.of(2017, 7, 28));

        assertThat(notLiable.forms()).isEmpty();
        assertThat(Json.write(notLiable)).contains("\"liable\":false", "\"forms\":[]", "\"ground\":\"属执法瑕疵，不予追究\"");
    }

    @Test
    void an_event_without_its_ids_is_not_read() {
        ObjectNode data = Json.mapper().valueToTree(SupervisionSamples.all().get(0));
        data.remove("itemId");
        EventEnvelope envelope = EventEnvelope.wrap("/kaoping/supervision-service", "x", actor,
                Instant.parse("2017-06-05T02:00:00Z"), SupervisionSamples.all().get(0));
        EventEnvelope withoutId = new EventEnvelope(envelope.specversion(), envelope.id(), envelope.source(),
                envelope.type(), envelope.subject(), envelope.time(), envelope.dataschema(), envelope.datacontenttype(),
                envelope.actor(), data);

        assertThatThrownBy(() -> withoutId.decode(registry)).isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("itemId");
    }
}
