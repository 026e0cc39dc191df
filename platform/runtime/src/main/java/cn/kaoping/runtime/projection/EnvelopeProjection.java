package cn.kaoping.runtime.projection;

import cn.kaoping.contracts.DomainEvent;
import cn.kaoping.contracts.EventDescriptor;
import cn.kaoping.contracts.EventEnvelope;
import cn.kaoping.contracts.EventRegistry;
import cn.kaoping.kafka.Projection;
import cn.kaoping.runtime.db.Db;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import org.jdbi.v3.core.Handle;

/**
 * A projection of other services' events: each record is parsed as a CloudEvents envelope, its type looked up
 * in the contracts, de-duplicated by envelope id (table {@code applied_event}, in the batch's transaction: a
 * redelivered event is applied once) and routed to the handler declared for its type.
 *
 * <pre>{@code
 * EnvelopeProjection.named("training-projection")
 *         .consumes(EvaluationEvent.class)
 *         .on(UnitRegistered.class, directory::unit)
 *         .ignore(CaseFilePreReviewed.class)
 *         .clears("unit_directory", "officer_directory")
 *         .build();
 * }</pre>
 *
 * A record that is not an envelope, or whose data does not fit its type, throws: the runner sends it to the
 * dead-letter topic. A type the contracts do not know (a newer writer) is skipped with one warning per type;
 * so is a known type of a consumed topic that the projection neither handles nor ignores, which
 * {@code ProjectionCoverage} in the test kit turns into a failing test.
 */
public final class EnvelopeProjection implements Projection {

    private static final Logger LOG = Logger.getLogger(EnvelopeProjection.class);

    private final String name;
    private final List<Class<? extends DomainEvent>> topicInterfaces;
    private final Map<Class<? extends DomainEvent>, EventHandler<DomainEvent>> handlers;
    private final Set<Class<? extends DomainEvent>> ignored;
    private final List<String> tables;
    private final EventRegistry registry;
    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    private EnvelopeProjection(Builder builder) {
        this.name = builder.name;
        this.topicInterfaces = List.copyOf(builder.topicInterfaces);
        this.handlers = Collections.unmodifiableMap(new LinkedHashMap<>(builder.handlers));
        this.ignored = Set.copyOf(builder.ignored);
        this.tables = List.copyOf(builder.tables);
        this.registry = EventRegistry.of(topicInterfaces);
    }

    public static Builder named(String name) {
        return new Builder(name);
    }

    @Override
    public String name() {
        return name;
    }

    /** The topics this projection reads: those of the sealed interfaces it consumes. */
    public List<String> topics() {
        return topicInterfaces.stream().map(t -> registry.descriptorsOf(t).get(0).topic()).distinct().toList();
    }

    public List<Class<? extends DomainEvent>> topicInterfaces() {
        return topicInterfaces;
    }

    public Set<Class<? extends DomainEvent>> handledTypes() {
        return handlers.keySet();
    }

    public Set<Class<? extends DomainEvent>> ignoredTypes() {
        return ignored;
    }

    /** Types of the consumed topics that are neither handled nor explicitly ignored: should be none. */
    public Set<Class<? extends DomainEvent>> uncoveredTypes() {
        return topicInterfaces.stream().flatMap(t -> registry.descriptorsOf(t).stream())
                .map(EventDescriptor::javaType)
                .filter(type -> !handlers.containsKey(type) && !ignored.contains(type))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    @Override
    public void apply(Connection tx, ConsumerRecord<String, String> record) throws Exception {
        EventEnvelope envelope = EventEnvelope.fromJson(record.value());
        try (Handle handle = Db.onConnection(tx)) {
            apply(handle, envelope, record.topic() + "-" + record.partition() + "@" + record.offset());
        }
    }

    /**
     * Applies one envelope on a handle whose transaction the caller owns (the runner, or a test harness).
     *
     * @param position where the envelope came from, for logs
     */
    public void apply(Handle tx, EventEnvelope envelope, String position) throws Exception {
        Optional<EventDescriptor> descriptor = registry.find(envelope.type(), envelope.dataschema());
        if (descriptor.isEmpty()) {
            // a tolerant reader: a newer writer's type is skipped (not dead-lettered) and consumption goes on, but
            // counted, so that a consumer left behind by new event types shows on /q/metrics
            skipped(envelope.type()).increment();
            warnOnce(envelope.type() + " " + envelope.dataschema(), "Skipping events of unknown type %s (%s), first at %s",
                    envelope.type(), envelope.dataschema(), position);
            return;
        }
        Class<? extends DomainEvent> type = descriptor.get().javaType();
        EventHandler<DomainEvent> handler = handlers.get(type);
        if (handler == null) {
            if (!ignored.contains(type)) {
                warnOnce(type.getName(), "Projection %s has no handler for %s; skipped (first at %s)", name,
                        type.getSimpleName(), position);
            }
            return;
        }
        DomainEvent event = envelope.decode(registry);
        int recorded = tx.createUpdate("""
                        INSERT INTO applied_event (consumer_name, event_id, event_type, subject)
                        VALUES (:consumer, :id, :type, :subject) ON CONFLICT DO NOTHING""")
                .bind("consumer", name).bind("id", envelope.id()).bind("type", envelope.type())
                .bind("subject", envelope.subject())
                .execute();
        if (recorded == 0) {
            LOG.debugf("Event %s (%s) was applied before; redelivery ignored", envelope.id(), envelope.type());
            return;
        }
        handler.apply(tx, event, envelope);
    }

    @Override
    public void clear(Connection tx) throws SQLException {
        try (Handle handle = Db.onConnection(tx)) {
            clear(handle);
        }
    }

    /** Empties the projection's tables and forgets the events it applied, before a rebuild replays them. */
    public void clear(Handle tx) {
        if (!tables.isEmpty()) {
            tx.execute("TRUNCATE " + String.join(", ", tables));
        }
        tx.execute("DELETE FROM applied_event WHERE consumer_name = ?", name);
    }

    /**
     * {@code kaoping.projection.skipped{consumer, type}}: events of a type the contracts do not know. Registered on
     * the global registry, to which Quarkus binds its Prometheus registry (the projection is built by each service
     * without one).
     */
    public Counter skipped(String eventType) {
        return Counter.builder("kaoping.projection.skipped").tag("consumer", name)
                .tag("type", eventType == null ? "" : eventType)
                .description("Events of a type unknown to the contracts, skipped by the projection")
                .register(Metrics.globalRegistry);
    }

    private void warnOnce(String key, String format, Object... args) {
        if (warned.add(key)) {
            LOG.warnf(format, args);
        }
    }

    /** Declares what the projection consumes and how it applies each type. */
    public static final class Builder {

        private final String name;
        private final List<Class<? extends DomainEvent>> topicInterfaces = new ArrayList<>();
        private final Map<Class<? extends DomainEvent>, EventHandler<DomainEvent>> handlers = new LinkedHashMap<>();
        private final Set<Class<? extends DomainEvent>> ignored = new LinkedHashSet<>();
        private final List<String> tables = new ArrayList<>();

        private Builder(String name) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("a projection needs a name");
            }
            this.name = name;
        }

        /** Reads the topic of this sealed event interface ({@code EvaluationEvent.class}, …). */
        public Builder consumes(Class<? extends DomainEvent> topicInterface) {
            if (!topicInterface.isInterface() || !topicInterface.isSealed()) {
                throw new IllegalArgumentException(topicInterface.getName() + " is not a sealed topic interface");
            }
            topicInterfaces.add(topicInterface);
            return this;
        }

        @SuppressWarnings("unchecked")
        public <E extends DomainEvent> Builder on(Class<E> type, EventHandler<? super E> handler) {
            if (handlers.containsKey(type) || ignored.contains(type)) {
                throw new IllegalArgumentException(type.getSimpleName() + " is declared twice in " + name);
            }
            handlers.put(type, (EventHandler<DomainEvent>) (EventHandler<?>) handler);
            return this;
        }

        /** Says that events of these types concern this projection in nothing (they are skipped quietly). */
        @SafeVarargs
        public final Builder ignore(Class<? extends DomainEvent>... types) {
            for (Class<? extends DomainEvent> type : types) {
                if (handlers.containsKey(type) || !ignored.add(type)) {
                    throw new IllegalArgumentException(type.getSimpleName() + " is declared twice in " + name);
                }
            }
            return this;
        }

        /** Adds a part declared elsewhere (e.g. {@code DirectoryProjection::declare}). */
        public Builder with(java.util.function.Consumer<Builder> part) {
            part.accept(this);
            return this;
        }

        /** The projection's own tables, emptied by a rebuild (never the service's decisions or outbox). */
        public Builder clears(String... tableNames) {
            tables.addAll(List.of(tableNames));
            return this;
        }

        public EnvelopeProjection build() {
            if (topicInterfaces.isEmpty()) {
                throw new IllegalStateException("projection " + name + " consumes no topic");
            }
            EventRegistry registry = EventRegistry.of(topicInterfaces);
            Set<Class<? extends DomainEvent>> known = registry.descriptors().stream().map(EventDescriptor::javaType)
                    .collect(Collectors.toSet());
            for (Class<? extends DomainEvent> type : handlers.keySet()) {
                if (!known.contains(type)) {
                    throw new IllegalStateException(type.getSimpleName() + " is not on a topic " + name + " consumes");
                }
            }
            return new EnvelopeProjection(this);
        }
    }
}
