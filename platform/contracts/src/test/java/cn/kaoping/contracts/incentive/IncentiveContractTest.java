package cn.kaoping.contracts.incentive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaoping.contracts.Actor;
import cn.kaoping.contracts.EventDescriptor;
import cn.kaoping.contracts.EventEnvelope;
import cn.kaoping.contracts.EventRegistry;
import cn.kaoping.contracts.Json;
import cn.kaoping.contracts.Money;
import cn.kaoping.contracts.Topics;
import cn.kaoping.contracts.schema.ContractDocuments;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The incentive events fit the contracts machinery, and money travels as a string of two decimals
 * ({@link Money}) that a reader gets back to the cent.
 */
class IncentiveContractTest {

    private static final Instant TIME = Instant.parse("2017-04-10T02:00:00Z");
    private final EventRegistry registry = EventRegistry.of(List.of(IncentiveEvent.class));
    private final Actor actor = new Actor(IncentiveSamples.OFFICER_ID, "王磊", List.of("LEADERSHIP"));

    private static FundingAllocationApproved allocation() {
        return (FundingAllocationApproved) IncentiveSamples.all().get(0);
    }

    private JsonNode dataOf(IncentiveEvent event) {
        return EventEnvelope.wrap("/kaoping/incentive-service", event.subject(), actor, TIME, event).data();
    }

    @Test
    void every_incentive_event_record_has_exactly_one_sample() {
        Map<Class<?>, Long> samplesPerType = IncentiveSamples.all().stream()
                .collect(Collectors.groupingBy(Object::getClass, Collectors.counting()));
        assertThat(samplesPerType.keySet())
                .containsExactlyInAnyOrderElementsOf(Arrays.asList(IncentiveEvent.class.getPermittedSubclasses()));
        assertThat(samplesPerType.values()).containsOnly(1L);
    }

    @Test
    void every_incentive_event_is_typed_under_the_incentive_domain_and_topic() {
        for (IncentiveEvent sample : IncentiveSamples.all()) {
            EventDescriptor descriptor = EventDescriptor.of(sample.getClass());
            assertThat(descriptor.type()).isEqualTo("kaoping.incentive." + sample.getClass().getSimpleName());
            assertThat(descriptor.topic()).isEqualTo(Topics.INCENTIVE_EVENTS);
        }
    }

    @Test
    void every_incentive_event_survives_the_envelope_unchanged_under_its_subject() {
        for (IncentiveEvent sample : IncentiveSamples.all()) {
            EventEnvelope envelope = EventEnvelope.wrap("/kaoping/incentive-service", sample.subject(), actor, TIME,
                    sample);
            EventEnvelope received = EventEnvelope.fromJson(envelope.toJson());
            assertThat(received.decode(registry)).isEqualTo(sample);
            assertThat(received.subject()).isEqualTo(sample.subject());
        }
        assertThat(IncentiveSamples.all()).extracting(IncentiveEvent::subject)
                .containsExactly(IncentiveSamples.ALLOCATION_ID, IncentiveSamples.RANKING_ID);
    }

    @Test
    void every_amount_is_a_json_string_with_two_decimals_and_points_stay_numbers() {
        JsonNode data = dataOf(allocation());
        List<JsonNode> amounts = new ArrayList<>(List.of(data.get("pool")));
        data.get("units").forEach(unit -> amounts.add(unit.get("amount")));
        data.get("officers").forEach(officer -> amounts.add(officer.get("amount")));

        assertThat(data.get("pool").asText()).isEqualTo("100000.00");
        assertThat(amounts).hasSize(7).allSatisfy(amount -> {
            assertThat(amount.isTextual()).as(amount.toString()).isTrue();
            assertThat(amount.asText()).matches(Money.PATTERN);
        });
        assertThat(data.get("units").get(0).get("points").isNumber()).isTrue();
        assertThat(data.get("officers").get(0).get("points").isNumber()).isTrue();
        assertThat(Json.write(allocation())).contains("\"amount\":\"39712.46\"", "\"points\":24.0");
    }

    @Test
    void an_amount_read_back_from_its_string_is_the_same_to_the_cent() {
        FundingAllocationApproved read = EventEnvelope.fromJson(
                EventEnvelope.wrap("/kaoping/incentive-service", "a", actor, TIME, allocation()).toJson())
                .dataAs(FundingAllocationApproved.class);

        assertThat(read.pool()).isEqualTo(new BigDecimal("100000.00")).hasScaleOf(2);
        assertThat(read.officers()).extracting(OfficerShare::amount)
                .containsExactly(new BigDecimal("39712.46"), new BigDecimal("20683.58"), new BigDecimal("33003.30"),
                        new BigDecimal("6600.66"));
    }

    @Test
    void the_sample_allocation_sums_exactly_to_the_pool_at_both_levels() {
        FundingAllocationApproved allocation = allocation();

        assertThat(allocation.units().stream().map(UnitShare::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualTo(allocation.pool());
        for (UnitShare unit : allocation.units()) {
            assertThat(allocation.officers().stream().filter(o -> o.unitId().equals(unit.unitId()))
                    .map(OfficerShare::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .as(unit.unitId()).isEqualTo(unit.amount());
        }
    }

    @Test
    void an_amount_is_kept_to_the_cent_and_a_finer_one_is_refused() {
        assertThat(new UnitShare("u-1", BigDecimal.ONE, new BigDecimal("100")).amount()).isEqualTo("100.00");
        assertThat(Json.write(new UnitShare("u-1", BigDecimal.ONE, new BigDecimal("-0.5"))))
                .isEqualTo("{\"unitId\":\"u-1\",\"points\":1,\"amount\":\"-0.50\"}");
        assertThatThrownBy(() -> new UnitShare("u-1", BigDecimal.ONE, new BigDecimal("0.001")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("to the cent");
        assertThatThrownBy(() -> new OfficerShare("o-1", "u-1", BigDecimal.ONE, null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void the_schema_says_money_is_a_string_of_two_decimals_and_rejects_a_number() {
        ContractDocuments documents = new ContractDocuments(registry);
        JsonNode schema = documents.schemaOf(EventDescriptor.of(FundingAllocationApproved.class));
        JsonNode pool = schema.get("properties").get("pool");
        JsonNode amount = schema.get("properties").get("units").get("items").get("properties").get("amount");
        JsonNode points = schema.get("properties").get("units").get("items").get("properties").get("points");

        assertThat(pool.get("type").asText()).isEqualTo("string");
        assertThat(pool.get("pattern").asText()).isEqualTo(Money.PATTERN);
        assertThat(amount.get("type").asText()).isEqualTo("string");
        assertThat(points.get("type").asText()).isEqualTo("number");

        ObjectNode data = dataOf(allocation()).deepCopy();
        data.put("pool", new BigDecimal("100000.00"));
        ((ObjectNode) data.get("units").get(0)).put("amount", "60396.4");
        Set<ValidationMessage> errors = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schema)
                .validate(data);
        assertThat(errors).extracting(ValidationMessage::getMessage)
                .anySatisfy(m -> assertThat(m).contains("pool"))
                .anySatisfy(m -> assertThat(m).contains("amount"));
    }
}
