package cn.kaoping.contracts.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaoping.contracts.Actor;
import cn.kaoping.contracts.DomainEvent;
import cn.kaoping.contracts.EventDescriptor;
import cn.kaoping.contracts.EventEnvelope;
import cn.kaoping.contracts.EventRegistry;
import cn.kaoping.contracts.schema.ContractDocuments;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The evaluation events fit the contracts machinery: a sealed topic interface of records, each with a
 * sample, a type name, a JSON Schema, and a lossless round trip through the CloudEvents envelope.
 */
class EvaluationContractTest {

    private final EventRegistry registry = EventRegistry.of(List.of(EvaluationEvent.class));

    @Test
    void every_evaluation_event_record_has_exactly_one_sample() {
        Map<Class<?>, Long> samplesPerType = EvaluationSamples.all().stream()
                .collect(Collectors.groupingBy(Object::getClass, Collectors.counting()));
        assertThat(samplesPerType.keySet())
                .containsExactlyInAnyOrderElementsOf(Arrays.asList(EvaluationEvent.class.getPermittedSubclasses()));
        assertThat(samplesPerType.values()).containsOnly(1L);
    }

    @Test
    void every_evaluation_event_is_typed_under_the_evaluation_domain() {
        for (EvaluationEvent sample : EvaluationSamples.all()) {
            EventDescriptor descriptor = EventDescriptor.of(sample.getClass());
            assertThat(descriptor.type()).isEqualTo("kaoping.evaluation." + sample.getClass().getSimpleName());
            assertThat(descriptor.topic()).isEqualTo("kaoping.evaluation.events.v1");
        }
    }

    @Test
    void every_evaluation_event_survives_the_envelope_unchanged() {
        Actor actor = new Actor(EvaluationSamples.REVIEWER_ID, "王磊", List.of("REVIEWER"));
        for (EvaluationEvent sample : EvaluationSamples.all()) {
            EventEnvelope envelope = EventEnvelope.wrap("/kaoping/evaluation-service", sample.subject(), actor,
                    sample.occurredAt(), sample);
            DomainEvent decoded = EventEnvelope.fromJson(envelope.toJson()).decode(registry);
            assertThat(decoded).isEqualTo(sample);
        }
    }

    @Test
    void every_evaluation_event_has_a_json_schema() {
        Map<String, String> documents = new ContractDocuments(registry).render();
        Map<String, EventDescriptor> byType = registry.descriptors().stream()
                .collect(Collectors.toMap(EventDescriptor::type, Function.identity()));
        assertThat(byType).hasSize(EvaluationEvent.class.getPermittedSubclasses().length);
        for (EventDescriptor descriptor : byType.values()) {
            assertThat(documents).containsKey(ContractDocuments.schemaFileName(descriptor));
        }
    }

    @Test
    void the_subject_is_the_aggregate_the_event_belongs_to() {
        assertThat(EvaluationSamples.all()).extracting(EvaluationEvent::subject).containsExactly(
                EvaluationSamples.UNIT_ID, EvaluationSamples.OFFICER_ID, "v2017-07", EvaluationSamples.CASE_FILE_ID,
                EvaluationSamples.CASE_FILE_ID, EvaluationSamples.CASE_FILE_ID, EvaluationSamples.CASE_FILE_ID,
                EvaluationSamples.CASE_FILE_ID, EvaluationSamples.CASE_FILE_ID, EvaluationSamples.CASE_FILE_ID,
                EvaluationSamples.CASE_FILE_ID, EvaluationSamples.CASE_FILE_ID, EvaluationSamples.OFFICER_ID,
                EvaluationSamples.OFFICER_ID, EvaluationSamples.OFFICER_ID, EvaluationSamples.UNIT_ID);
    }
}
