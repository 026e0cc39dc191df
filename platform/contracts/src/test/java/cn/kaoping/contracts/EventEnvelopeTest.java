package cn.kaoping.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaoping.contracts.publicity.BulletinPublished;
import cn.kaoping.contracts.publicity.RedCardIssued;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class EventEnvelopeTest {

    private static final RedCardIssued RED_CARD = new RedCardIssued(YearMonth.of(2017, 5), 2, "o-1", "李明", "u-1",
            new BigDecimal("6.50"), 4, List.of("f-1"));

    @TestFactory
    Stream<DynamicTest> every_sample_read_back_from_json_is_the_same_record() {
        return SampleEvents.all().stream().map(sample -> DynamicTest.dynamicTest(
                EventRegistry.describe(sample).key(), () -> {
                    EventEnvelope sent = SampleEvents.envelopeOf(sample);

                    EventEnvelope received = EventEnvelope.fromJson(sent.toJson());

                    assertThat(received).isEqualTo(sent);
                    assertThat(received.decode()).isEqualTo(sample);
                    assertThat(received.dataAs(sample.getClass())).isEqualTo(sample);
                }));
    }

    @TestFactory
    Stream<DynamicTest> every_sample_is_still_read_when_the_writer_added_properties() {
        return SampleEvents.all().stream().map(sample -> DynamicTest.dynamicTest(
                EventRegistry.describe(sample).key(), () -> {
                    ObjectNode json = Json.mapper().valueToTree(SampleEvents.envelopeOf(sample));
                    json.put("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
                    ((ObjectNode) json.get("actor")).put("rank", "一级警长");
                    ((ObjectNode) json.get("data")).putObject("addedLater").put("x", 1);

                    EventEnvelope received = EventEnvelope.fromJson(json.toString());

                    assertThat(received.decode()).isEqualTo(sample);
                }));
    }

    @Test
    void a_wrapped_event_carries_the_cloudevents_attributes_and_the_actor() {
        JsonNode json = Json.mapper().valueToTree(
                EventEnvelope.wrap("/kaoping/publicity-service", "o-1", SampleEvents.ACTOR, SampleEvents.TIME, RED_CARD));

        assertThat(json.get("specversion").asText()).isEqualTo("1.0");
        assertThat(json.get("id").asText()).hasSize(36);
        assertThat(json.get("source").asText()).isEqualTo("/kaoping/publicity-service");
        assertThat(json.get("type").asText()).isEqualTo("kaoping.publicity.RedCardIssued");
        assertThat(json.get("subject").asText()).isEqualTo("o-1");
        assertThat(json.get("time").asText()).isEqualTo("2017-06-05T02:00:00Z");
        assertThat(json.get("dataschema").asText()).isEqualTo("urn:kaoping:publicity:RedCardIssued:v1");
        assertThat(json.get("datacontenttype").asText()).isEqualTo("application/json");
        assertThat(json.get("actor").get("roles").get(0).asText()).isEqualTo("REVIEWER");
        assertThat(json.get("data").get("month").asText()).isEqualTo("2017-05");
        assertThat(json.get("data").get("averageDeduction").decimalValue()).isEqualTo(new BigDecimal("6.50"));
    }

    @Test
    void each_wrap_gets_a_new_id_unless_the_publisher_gives_the_stored_events_id() {
        EventEnvelope first = EventEnvelope.wrap("/s", "x", SampleEvents.ACTOR, SampleEvents.TIME, RED_CARD);
        EventEnvelope second = EventEnvelope.wrap("/s", "x", SampleEvents.ACTOR, SampleEvents.TIME, RED_CARD);
        EventEnvelope again = EventEnvelope.wrap("event-42", "/s", "x", SampleEvents.ACTOR, SampleEvents.TIME, RED_CARD);

        assertThat(first.id()).isNotEqualTo(second.id());
        assertThat(again.id()).isEqualTo("event-42");
    }

    @Test
    void reading_the_data_as_another_event_type_is_refused() {
        EventEnvelope envelope = SampleEvents.envelopeOf(RED_CARD);

        assertThatThrownBy(() -> envelope.dataAs(BulletinPublished.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("kaoping.publicity.RedCardIssued");
    }

    @Test
    void a_reader_may_take_only_the_fields_it_needs() {
        record OfficerOnly(String officerId) {
        }

        assertThat(SampleEvents.envelopeOf(RED_CARD).dataAs(OfficerOnly.class)).isEqualTo(new OfficerOnly("o-1"));
    }

    @Test
    void text_that_is_not_an_envelope_is_malformed() {
        assertThatThrownBy(() -> EventEnvelope.fromJson("{not json")).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> EventEnvelope.fromJson("")).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> EventEnvelope.fromJson("[1,2]")).isInstanceOf(MalformedEventException.class);
    }

    @Test
    void an_envelope_without_a_required_attribute_is_malformed() {
        ObjectNode json = Json.mapper().valueToTree(SampleEvents.envelopeOf(RED_CARD));
        json.remove("id");

        assertThatThrownBy(() -> EventEnvelope.fromJson(json.toString()))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("'id'");
    }

    @Test
    void an_envelope_of_another_cloudevents_version_is_malformed() {
        ObjectNode json = Json.mapper().valueToTree(SampleEvents.envelopeOf(RED_CARD));
        json.put("specversion", "0.3");

        assertThatThrownBy(() -> EventEnvelope.fromJson(json.toString()))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("specversion");
    }

    @Test
    void data_that_does_not_fit_its_type_is_malformed() {
        ObjectNode json = Json.mapper().valueToTree(SampleEvents.envelopeOf(RED_CARD));
        ((ObjectNode) json.get("data")).put("filesEvaluated", "four");

        EventEnvelope envelope = EventEnvelope.fromJson(json.toString());

        assertThatThrownBy(envelope::decode).isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("filesEvaluated");
    }

    @Test
    void a_type_this_reader_does_not_know_is_reported_or_skipped() {
        ObjectNode json = Json.mapper().valueToTree(SampleEvents.envelopeOf(RED_CARD));
        json.put("type", "kaoping.publicity.SomethingNew");
        json.put("dataschema", "urn:kaoping:publicity:SomethingNew:v1");

        EventEnvelope envelope = EventEnvelope.fromJson(json.toString());

        assertThatThrownBy(envelope::decode).isInstanceOf(UnknownEventTypeException.class)
                .hasMessageContaining("kaoping.publicity.SomethingNew");
        assertThat(envelope.decodeIfKnown()).isEmpty();
    }
}
