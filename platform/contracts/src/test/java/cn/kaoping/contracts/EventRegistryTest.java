package cn.kaoping.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaoping.contracts.publicity.PublicityEvent;
import cn.kaoping.contracts.publicity.RedCardIssued;
import cn.kaoping.contracts.testing.ClashingEvent;
import cn.kaoping.contracts.testing.TestingEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventRegistryTest {

    private final EventRegistry testing = EventRegistry.of(List.of(TestingEvent.class));

    @Test
    void a_record_is_named_after_its_topic_package_and_its_simple_name_at_version_one() {
        EventDescriptor descriptor = EventDescriptor.of(RedCardIssued.class);

        assertThat(descriptor.type()).isEqualTo("kaoping.publicity.RedCardIssued");
        assertThat(descriptor.version()).isEqualTo(1);
        assertThat(descriptor.dataschema()).isEqualTo("urn:kaoping:publicity:RedCardIssued:v1");
        assertThat(descriptor.topic()).isEqualTo(Topics.PUBLICITY_EVENTS);
        assertThat(descriptor.topicInterface()).isEqualTo(PublicityEvent.class);
    }

    @Test
    void the_types_of_a_topic_are_the_records_its_sealed_interface_permits_including_nested_ones() {
        assertThat(testing.descriptorsOf(TestingEvent.class)).extracting(EventDescriptor::javaType)
                .containsExactlyInAnyOrder(TestingEvent.Opened.class, TestingEvent.Renamed.class,
                        TestingEvent.RenamedV2.class, TestingEvent.Closed.class);
    }

    @Test
    void the_standard_registry_holds_every_publicity_event() {
        assertThat(EventRegistry.standard().descriptorsOf(PublicityEvent.class)).extracting(EventDescriptor::type)
                .containsExactly("kaoping.publicity.BulletinPublished", "kaoping.publicity.CommentaryPublished",
                        "kaoping.publicity.MonthlyListPublished", "kaoping.publicity.RedCardIssued");
    }

    @Test
    void the_dataschema_picks_the_version_of_a_type() {
        assertThat(testing.resolve("kaoping.testing.Renamed", "urn:kaoping:testing:Renamed:v1").javaType())
                .isEqualTo(TestingEvent.Renamed.class);
        assertThat(testing.resolve("kaoping.testing.Renamed", "urn:kaoping:testing:Renamed:v2").javaType())
                .isEqualTo(TestingEvent.RenamedV2.class);
    }

    @Test
    void without_a_dataschema_only_a_type_with_a_single_version_is_found() {
        assertThat(testing.find("kaoping.testing.Opened", null)).map(EventDescriptor::javaType)
                .contains(TestingEvent.Opened.class);
        assertThat(testing.find("kaoping.testing.Renamed", null)).isEmpty();
    }

    @Test
    void an_unknown_type_or_a_dataschema_of_another_type_is_not_resolved() {
        assertThatThrownBy(() -> testing.resolve("kaoping.testing.Nope", null))
                .isInstanceOf(UnknownEventTypeException.class).hasMessageContaining("kaoping.testing.Nope");
        assertThat(testing.find("kaoping.testing.Opened", "urn:kaoping:testing:Renamed:v1")).isEmpty();
    }

    @Test
    void two_records_declaring_the_same_type_and_version_are_refused() {
        assertThatThrownBy(() -> EventRegistry.of(List.of(ClashingEvent.class)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("urn:kaoping:testing:Same:v1");
    }

    @Test
    void only_sealed_interfaces_extending_domain_event_are_topics() {
        assertThatThrownBy(() -> EventRegistry.of(List.of(DomainEvent.class)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sealed interface");
    }

    @Test
    void every_topic_of_the_standard_registry_is_a_topic_constant() {
        List<String> constants = List.of(Topics.EVALUATION_EVENTS, Topics.PUBLICITY_EVENTS, Topics.TRAINING_EVENTS,
                Topics.INCENTIVE_EVENTS, Topics.SUPERVISION_EVENTS);
        assertThat(EventRegistry.standard().descriptors()).extracting(EventDescriptor::topic)
                .allMatch(constants::contains);
    }

    @Test
    void dead_letters_of_a_consumer_go_to_its_own_topic() {
        assertThat(Topics.deadLetter("publicity-projection")).isEqualTo("kaoping.dlt.publicity-projection");
        assertThatThrownBy(() -> Topics.deadLetter(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
