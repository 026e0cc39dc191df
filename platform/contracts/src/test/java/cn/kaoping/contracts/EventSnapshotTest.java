package cn.kaoping.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Approval tests: the JSON of every event type is pinned, so a contract change is a visible diff. */
class EventSnapshotTest {

    static final Path FOLDER = Path.of("src", "test", "resources", "snapshots");
    private static final EventRegistry REGISTRY = EventRegistry.standard();

    /** {@code <type>.json}; a later version of a type gets {@code <type>.v<n>.json}. */
    static String snapshotName(EventDescriptor descriptor) {
        return descriptor.version() == 1 ? descriptor.type() + ".json" : descriptor.key() + ".json";
    }

    static Map<Class<?>, DomainEvent> samplesByType() {
        Map<Class<?>, DomainEvent> samples = new LinkedHashMap<>();
        for (DomainEvent sample : SampleEvents.all()) {
            DomainEvent previous = samples.put(sample.getClass(), sample);
            if (previous != null) {
                fail("SampleEvents has two samples of " + sample.getClass().getName() + "; keep one per type");
            }
        }
        return samples;
    }

    static DomainEvent sampleOf(EventDescriptor descriptor) {
        DomainEvent sample = samplesByType().get(descriptor.javaType());
        if (sample == null) {
            fail("No sample of " + descriptor.javaType().getName() + " (" + descriptor.type() + "): add one to SampleEvents."
                    + descriptor.domain() + "Samples()");
        }
        return sample;
    }

    @Test
    void every_event_type_of_every_topic_has_a_sample() {
        assertThat(samplesByType().keySet())
                .as("event records that have a sample in SampleEvents")
                .containsAll(REGISTRY.descriptors().stream().map(EventDescriptor::javaType).toList());
    }

    @Test
    void every_sample_is_of_a_type_published_on_a_topic() {
        Set<Class<?>> registered = REGISTRY.descriptors().stream()
                .map(EventDescriptor::javaType).collect(Collectors.toSet());
        assertThat(registered)
                .as("types of EventStreams.ALL; a sample outside them means its topic interface is not wired in")
                .containsAll(samplesByType().keySet());
    }

    @TestFactory
    Stream<DynamicTest> the_json_of_every_event_type_matches_its_snapshot() {
        return REGISTRY.descriptors().stream().map(descriptor -> DynamicTest.dynamicTest(descriptor.key(), () ->
                Snapshots.verify(FOLDER.resolve(snapshotName(descriptor)),
                        Json.writePretty(SampleEvents.envelopeOf(sampleOf(descriptor))))));
    }

    @Test
    void no_snapshot_is_left_for_a_type_that_no_longer_exists() {
        Snapshots.verifyNoOthers(FOLDER, REGISTRY.descriptors().stream()
                .map(EventSnapshotTest::snapshotName).collect(Collectors.toSet()));
    }
}
