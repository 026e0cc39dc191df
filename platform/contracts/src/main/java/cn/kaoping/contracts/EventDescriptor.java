package cn.kaoping.contracts;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What a reader needs to know about one event record: its CloudEvents {@code type}, schema version,
 * {@code dataschema}, domain and topic.
 *
 * <p>Derived by convention from the record (see {@link DomainEvent}); {@link EventType} overrides.
 */
public record EventDescriptor(
        String type,
        int version,
        String domain,
        Class<? extends DomainEvent> javaType,
        Class<? extends DomainEvent> topicInterface) {

    private static final ClassValue<EventDescriptor> CACHE = new ClassValue<>() {
        @Override
        @SuppressWarnings("unchecked")
        protected EventDescriptor computeValue(Class<?> type) {
            return derive((Class<? extends DomainEvent>) type);
        }
    };

    /** The descriptor of an event record class (cached). */
    public static EventDescriptor of(Class<? extends DomainEvent> eventType) {
        return CACHE.get(eventType);
    }

    /** {@code urn:kaoping:evaluation:CaseFileRegistered:v1} for {@code kaoping.evaluation.CaseFileRegistered} v1. */
    public String dataschema() {
        return "urn:" + type.replace('.', ':') + ":v" + version;
    }

    /** The Kafka topic the event is published on. */
    public String topic() {
        return Topics.eventsOf(domain);
    }

    /** The last segment of the type: {@code CaseFileRegistered}. */
    public String name() {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    /** A stable key for documents and file names: {@code kaoping.evaluation.CaseFileRegistered.v1}. */
    public String key() {
        return type + ".v" + version;
    }

    private static EventDescriptor derive(Class<? extends DomainEvent> eventType) {
        if (!eventType.isRecord()) {
            throw new IllegalArgumentException(eventType.getName() + " is not a record; events are records");
        }
        Class<? extends DomainEvent> topicInterface = topicInterfaceOf(eventType);
        String domain = domainOf(topicInterface);
        EventType annotation = eventType.getAnnotation(EventType.class);
        String type = annotation == null || annotation.value().isBlank()
                ? "kaoping." + domain + "." + eventType.getSimpleName()
                : annotation.value();
        int version = annotation == null ? 1 : annotation.version();
        if (version < 1) {
            throw new IllegalArgumentException(eventType.getName() + ": schema version must be 1 or more");
        }
        return new EventDescriptor(type, version, domain, eventType, topicInterface);
    }

    /** The domain of a topic interface: the last segment of its package ({@code cn.kaoping.contracts.evaluation}). */
    public static String domainOf(Class<? extends DomainEvent> topicInterface) {
        String packageName = topicInterface.getPackageName();
        return packageName.substring(packageName.lastIndexOf('.') + 1);
    }

    /** The sealed interface, directly extending {@link DomainEvent}, that the record belongs to. */
    @SuppressWarnings("unchecked")
    static Class<? extends DomainEvent> topicInterfaceOf(Class<?> eventType) {
        Deque<Class<?>> toVisit = new ArrayDeque<>(java.util.List.of(eventType.getInterfaces()));
        while (!toVisit.isEmpty()) {
            Class<?> candidate = toVisit.removeFirst();
            for (Class<?> parent : candidate.getInterfaces()) {
                if (parent == DomainEvent.class) {
                    if (!candidate.isSealed()) {
                        throw new IllegalArgumentException(candidate.getName() + " must be a sealed interface");
                    }
                    return (Class<? extends DomainEvent>) candidate;
                }
            }
            toVisit.addAll(java.util.List.of(candidate.getInterfaces()));
        }
        throw new IllegalArgumentException(eventType.getName()
                + " must implement a topic's sealed interface that extends " + DomainEvent.class.getName());
    }
}
