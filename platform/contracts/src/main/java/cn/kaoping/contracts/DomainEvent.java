package cn.kaoping.contracts;

/**
 * Marker of every event published on Kafka.
 *
 * <p>Each topic has one sealed interface extending this one ({@code EvaluationEvent},
 * {@code PublicityEvent}, ...) in package {@code cn.kaoping.contracts.<domain>}, and its events are
 * records permitted by that interface. Adding a record to the interface is all it takes: its CloudEvents
 * {@code type} ({@code kaoping.<domain>.<RecordName>}), schema version (1), JSON Schema and AsyncAPI
 * entry follow from it. {@link EventType} overrides the name or bumps the version.
 */
public interface DomainEvent {
}
