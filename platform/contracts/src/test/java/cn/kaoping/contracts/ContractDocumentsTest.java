package cn.kaoping.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaoping.contracts.publicity.RedCardIssued;
import cn.kaoping.contracts.schema.ContractDocuments;
import cn.kaoping.contracts.schema.JsonSchemaGenerator;
import cn.kaoping.contracts.testing.TestingEvent;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The JSON Schemas and the AsyncAPI document under {@code src/main/resources/schemas} are what the code
 * generates, and every sample event is valid against them (checked by an independent validator).
 */
class ContractDocumentsTest {

    static final Path FOLDER = Path.of("src", "main", "resources", ContractDocuments.FOLDER);
    private static final EventRegistry REGISTRY = EventRegistry.standard();
    private static final ContractDocuments DOCUMENTS = new ContractDocuments(REGISTRY);
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();

    private static JsonSchema compiled(JsonNode schema) {
        return FACTORY.getSchema(schema, CONFIG);
    }

    @TestFactory
    Stream<DynamicTest> the_checked_in_documents_are_the_generated_ones() {
        return DOCUMENTS.render().entrySet().stream().map(file -> DynamicTest.dynamicTest(file.getKey(),
                () -> Snapshots.verify(FOLDER.resolve(file.getKey()), file.getValue())));
    }

    @Test
    void no_checked_in_document_is_left_for_a_type_that_no_longer_exists() {
        Snapshots.verifyNoOthers(FOLDER, DOCUMENTS.render().keySet());
    }

    @TestFactory
    Stream<DynamicTest> the_data_of_every_sample_is_valid_against_its_type_schema() {
        return SampleEvents.all().stream().map(sample -> {
            EventDescriptor descriptor = EventRegistry.describe(sample);
            return DynamicTest.dynamicTest(descriptor.key(), () -> {
                JsonNode data = SampleEvents.envelopeOf(sample).data();
                assertThat(compiled(DOCUMENTS.schemaOf(descriptor)).validate(data)).isEmpty();
            });
        });
    }

    @TestFactory
    Stream<DynamicTest> every_sample_envelope_is_valid_against_the_envelope_schema() {
        JsonSchema envelopeSchema = compiled(DOCUMENTS.envelopeSchema());
        return SampleEvents.all().stream().map(sample -> DynamicTest.dynamicTest(
                EventRegistry.describe(sample).key(), () -> {
                    JsonNode envelope = Json.mapper().readTree(SampleEvents.envelopeOf(sample).toJson());
                    assertThat(envelopeSchema.validate(envelope)).isEmpty();
                }));
    }

    @Test
    void the_schema_rejects_data_that_misses_a_required_field_or_has_a_wrong_type() {
        EventDescriptor descriptor = EventDescriptor.of(RedCardIssued.class);
        ObjectNode data = SampleEvents.envelopeOf(SampleEvents.publicitySamples().stream()
                .filter(RedCardIssued.class::isInstance).findFirst().orElseThrow()).data().deepCopy();
        data.remove("officerId");
        data.put("filesEvaluated", "four");
        data.put("month", "May 2017");

        Set<ValidationMessage> errors = compiled(DOCUMENTS.schemaOf(descriptor)).validate(data);

        assertThat(errors).extracting(ValidationMessage::getMessage).anySatisfy(m -> assertThat(m).contains("officerId"))
                .anySatisfy(m -> assertThat(m).contains("filesEvaluated"))
                .anySatisfy(m -> assertThat(m).contains("month"));
    }

    @Test
    void a_nullable_component_is_optional_and_every_other_one_required() {
        JsonNode schema = new ContractDocuments(EventRegistry.of(List.of(TestingEvent.class)))
                .schemaOf(EventDescriptor.of(TestingEvent.Closed.class));

        assertThat(schema.get("required")).extracting(JsonNode::asText).containsExactly("id");
        assertThat(schema.get("properties").fieldNames()).toIterable().containsExactly("id", "reason");
        assertThat(schema.get("$id").asText()).isEqualTo("urn:kaoping:testing:Closed:v1");
    }

    record Priced(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, BigDecimal points) {
    }

    record Counted(@JsonFormat(shape = JsonFormat.Shape.STRING) int count) {
    }

    @Test
    void money_is_a_string_of_two_decimals_and_any_other_json_format_is_refused_rather_than_described_wrongly() {
        JsonSchemaGenerator generator = new JsonSchemaGenerator();
        JsonNode priced = generator.schemaOfType(Priced.class);

        assertThat(priced.at("/properties/amount/type").asText()).isEqualTo("string");
        assertThat(priced.at("/properties/amount/pattern").asText()).isEqualTo(Money.PATTERN);
        assertThat(priced.at("/properties/points/type").asText()).isEqualTo("number");
        assertThat(Json.write(new Priced(new BigDecimal("12.30"), new BigDecimal("1.5"))))
                .isEqualTo("{\"amount\":\"12.30\",\"points\":1.5}");
        assertThatThrownBy(() -> generator.schemaOfType(Counted.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Counted.count");
    }

    @Test
    void the_asyncapi_document_has_a_channel_per_topic_and_a_message_per_type() {
        JsonNode asyncApi = DOCUMENTS.asyncApi();

        assertThat(asyncApi.get("asyncapi").asText()).isEqualTo("3.0.0");
        List<String> addresses = new ArrayList<>();
        asyncApi.get("channels").forEach(channel -> addresses.add(channel.get("address").asText()));
        assertThat(addresses).containsExactlyInAnyOrderElementsOf(
                REGISTRY.descriptors().stream().map(EventDescriptor::topic).distinct().toList());
        assertThat(addresses).containsExactly(Topics.EVALUATION_EVENTS, Topics.PUBLICITY_EVENTS, Topics.TRAINING_EVENTS,
                Topics.INCENTIVE_EVENTS, Topics.SUPERVISION_EVENTS);
        assertThat(asyncApi.get("components").get("messages").fieldNames()).toIterable()
                .containsExactlyInAnyOrderElementsOf(REGISTRY.descriptors().stream().map(EventDescriptor::key).toList());
    }

    @Test
    void the_asyncapi_document_is_valid_against_the_official_asyncapi_3_schema() throws Exception {
        JsonNode asyncApiSchema;
        try (var in = getClass().getResourceAsStream("/asyncapi/asyncapi-3.0.0.schema.json")) {
            asyncApiSchema = Json.mapper().readTree(in);
        }

        Set<ValidationMessage> errors = FACTORY.getSchema(asyncApiSchema).validate(DOCUMENTS.asyncApi());

        assertThat(errors).isEmpty();
    }

    @Test
    void every_reference_in_the_asyncapi_document_resolves() {
        JsonNode asyncApi = DOCUMENTS.asyncApi();
        List<String> references = new ArrayList<>();
        collectReferences(asyncApi, references);

        assertThat(references).isNotEmpty().allSatisfy(reference -> {
            assertThat(reference).startsWith("#/");
            assertThat(asyncApi.at(reference.substring(1)).isMissingNode()).as(reference).isFalse();
        });
    }

    private static void collectReferences(JsonNode node, List<String> references) {
        if (node.isObject() && node.has("$ref")) {
            references.add(node.get("$ref").asText());
        }
        node.forEach(child -> collectReferences(child, references));
    }
}
