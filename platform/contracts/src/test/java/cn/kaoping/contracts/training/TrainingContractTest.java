package cn.kaoping.contracts.training;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaoping.contracts.Actor;
import cn.kaoping.contracts.EventDescriptor;
import cn.kaoping.contracts.EventEnvelope;
import cn.kaoping.contracts.EventRegistry;
import cn.kaoping.contracts.Topics;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The training events fit the contracts machinery, and each is keyed by what its Javadoc says. */
class TrainingContractTest {

    private final EventRegistry registry = EventRegistry.of(List.of(TrainingEvent.class));

    @Test
    void every_training_event_record_has_exactly_one_sample() {
        Map<Class<?>, Long> samplesPerType = TrainingSamples.all().stream()
                .collect(Collectors.groupingBy(Object::getClass, Collectors.counting()));
        assertThat(samplesPerType.keySet())
                .containsExactlyInAnyOrderElementsOf(Arrays.asList(TrainingEvent.class.getPermittedSubclasses()));
        assertThat(samplesPerType.values()).containsOnly(1L);
    }

    @Test
    void every_training_event_is_typed_under_the_training_domain_and_topic() {
        for (TrainingEvent sample : TrainingSamples.all()) {
            EventDescriptor descriptor = EventDescriptor.of(sample.getClass());
            assertThat(descriptor.type()).isEqualTo("kaoping.training." + sample.getClass().getSimpleName());
            assertThat(descriptor.topic()).isEqualTo(Topics.TRAINING_EVENTS);
        }
    }

    @Test
    void every_training_event_survives_the_envelope_unchanged_under_its_subject() {
        Actor actor = new Actor(TrainingSamples.OTHER_OFFICER_ID, "王磊", List.of("REVIEWER"));
        for (TrainingEvent sample : TrainingSamples.all()) {
            EventEnvelope envelope = EventEnvelope.wrap("/kaoping/training-service", sample.subject(), actor,
                    Instant.parse("2017-06-05T02:00:00Z"), sample);
            EventEnvelope received = EventEnvelope.fromJson(envelope.toJson());
            assertThat(received.decode(registry)).isEqualTo(sample);
            assertThat(received.subject()).isEqualTo(sample.subject());
        }
    }

    @Test
    void the_subject_is_the_selection_or_the_officer() {
        assertThat(TrainingSamples.all()).extracting(TrainingEvent::subject).containsExactly(
                TrainingSamples.SELECTION_ID, TrainingSamples.OFFICER_ID, TrainingSamples.OFFICER_ID,
                TrainingSamples.OFFICER_ID, TrainingSamples.OFFICER_ID);
    }

    @Test
    void a_retake_is_not_an_outcome_that_is_published() {
        assertThat(ExamOutcome.values()).containsExactly(ExamOutcome.PASSED, ExamOutcome.FAILED);
    }

    @Test
    void lists_are_copied_and_absent_lists_read_as_empty() {
        List<String> files = new java.util.ArrayList<>(List.of("f-1"));
        OfficerNominated nominated = new OfficerNominated("n-1", "o-1", "u-1", NominationReason.PROBLEM_FILES,
                "2017-Q2", files, 1);
        files.add("f-2");

        assertThat(nominated.caseFileIds()).containsExactly("f-1");
        assertThat(new SelectionConfirmed("s-1", "2017", null, null, null, null).best()).isEmpty();
    }
}
