package cn.kaoping.contracts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps CloudEvents {@code type}/{@code dataschema} back to event records, built from the sealed topic
 * interfaces: {@link Class#getPermittedSubclasses()} is the list of types, so nothing else needs to be
 * registered. Nested sealed interfaces are followed.
 */
public final class EventRegistry {

    private static final EventRegistry STANDARD = of(EventStreams.ALL);

    private final List<Class<? extends DomainEvent>> topicInterfaces;
    private final Map<Class<? extends DomainEvent>, List<EventDescriptor>> byTopicInterface;
    private final Map<String, EventDescriptor> byDataschema;
    private final Map<String, List<EventDescriptor>> byType;

    private EventRegistry(List<Class<? extends DomainEvent>> topicInterfaces) {
        this.topicInterfaces = List.copyOf(topicInterfaces);
        this.byTopicInterface = new LinkedHashMap<>();
        this.byDataschema = new LinkedHashMap<>();
        this.byType = new LinkedHashMap<>();
        for (Class<? extends DomainEvent> topicInterface : this.topicInterfaces) {
            List<EventDescriptor> descriptors = new ArrayList<>();
            for (Class<? extends DomainEvent> eventType : recordsPermittedBy(topicInterface)) {
                EventDescriptor descriptor = EventDescriptor.of(eventType);
                if (descriptor.topicInterface() != topicInterface) {
                    throw new IllegalStateException(eventType.getName() + " belongs to "
                            + descriptor.topicInterface().getName() + ", not to " + topicInterface.getName());
                }
                EventDescriptor clash = byDataschema.putIfAbsent(descriptor.dataschema(), descriptor);
                if (clash != null) {
                    throw new IllegalStateException(eventType.getName() + " and " + clash.javaType().getName()
                            + " both declare " + descriptor.dataschema());
                }
                byType.computeIfAbsent(descriptor.type(), t -> new ArrayList<>()).add(descriptor);
                descriptors.add(descriptor);
            }
            descriptors.sort(Comparator.comparing(EventDescriptor::type).thenComparing(EventDescriptor::version));
            byTopicInterface.put(topicInterface, List.copyOf(descriptors));
        }
    }

    /** The registry of every topic in {@link EventStreams#ALL}. */
    public static EventRegistry standard() {
        return STANDARD;
    }

    /** A registry of the given sealed topic interfaces (each extending {@link DomainEvent}). */
    public static EventRegistry of(List<Class<? extends DomainEvent>> topicInterfaces) {
        return new EventRegistry(topicInterfaces);
    }

    /** The descriptor of an event, known to a registry or not. */
    public static EventDescriptor describe(DomainEvent event) {
        return EventDescriptor.of(event.getClass());
    }

    public List<Class<? extends DomainEvent>> topicInterfaces() {
        return topicInterfaces;
    }

    /** The types of one topic, sorted by type and version. */
    public List<EventDescriptor> descriptorsOf(Class<? extends DomainEvent> topicInterface) {
        List<EventDescriptor> descriptors = byTopicInterface.get(topicInterface);
        if (descriptors == null) {
            throw new IllegalArgumentException(topicInterface.getName() + " is not a topic of this registry");
        }
        return descriptors;
    }

    /** Every type, topic by topic in registry order, then by type and version. */
    public List<EventDescriptor> descriptors() {
        return byTopicInterface.values().stream().flatMap(List::stream).toList();
    }

    /**
     * The record for an envelope's {@code type} and {@code dataschema}. The dataschema picks the version;
     * without one, the type must have a single version.
     */
    public Optional<EventDescriptor> find(String type, String dataschema) {
        if (dataschema != null) {
            EventDescriptor descriptor = byDataschema.get(dataschema);
            return descriptor != null && descriptor.type().equals(type) ? Optional.of(descriptor) : Optional.empty();
        }
        List<EventDescriptor> versions = byType.getOrDefault(type, List.of());
        return versions.size() == 1 ? Optional.of(versions.get(0)) : Optional.empty();
    }

    /** Like {@link #find} but an unknown type is an {@link UnknownEventTypeException}. */
    public EventDescriptor resolve(String type, String dataschema) {
        return find(type, dataschema).orElseThrow(() -> new UnknownEventTypeException(type, dataschema));
    }

    @SuppressWarnings("unchecked")
    static List<Class<? extends DomainEvent>> recordsPermittedBy(Class<? extends DomainEvent> sealedInterface) {
        if (!sealedInterface.isInterface() || !sealedInterface.isSealed()) {
            throw new IllegalArgumentException(sealedInterface.getName() + " must be a sealed interface");
        }
        List<Class<? extends DomainEvent>> records = new ArrayList<>();
        for (Class<?> permitted : sealedInterface.getPermittedSubclasses()) {
            if (permitted.isRecord()) {
                records.add((Class<? extends DomainEvent>) permitted);
            } else if (permitted.isInterface() && permitted.isSealed()) {
                records.addAll(recordsPermittedBy((Class<? extends DomainEvent>) permitted));
            } else {
                throw new IllegalStateException(permitted.getName() + " permitted by " + sealedInterface.getName()
                        + " must be a record or a sealed interface");
            }
        }
        return records;
    }
}
