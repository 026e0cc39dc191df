package cn.kaoping.contracts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One event on Kafka: CloudEvents 1.0 attributes in JSON structured mode, plus the {@code actor}
 * extension, with the typed event in {@code data}.
 *
 * <pre>{@code
 * {"specversion":"1.0","id":"…","source":"/kaoping/evaluation-service",
 *  "type":"kaoping.evaluation.CaseFileRegistered","subject":"<case-file id>","time":"2017-05-02T08:00:00Z",
 *  "dataschema":"urn:kaoping:evaluation:CaseFileRegistered:v1","datacontenttype":"application/json",
 *  "actor":{"id":"…","name":"…","roles":["UNIT_LEGAL_OFFICER"]},"data":{…}}
 * }</pre>
 *
 * Readers: {@link #fromJson(String)}, then {@link #decode()} (any known type) or {@link #dataAs(Class)}.
 * The {@code id} identifies the event, not the delivery: a re-published event keeps its id, so a
 * consumer can recognise a duplicate.
 */
public record EventEnvelope(
        String specversion,
        String id,
        String source,
        String type,
        String subject,
        Instant time,
        String dataschema,
        String datacontenttype,
        Actor actor,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    /** {@code datacontenttype} of {@code data}. */
    public static final String DATA_CONTENT_TYPE = "application/json";
    /** Content type of a whole envelope as a Kafka value (CloudEvents structured mode). */
    public static final String CONTENT_TYPE = "application/cloudevents+json";

    public EventEnvelope {
        if (!SPEC_VERSION.equals(specversion)) {
            throw new MalformedEventException("specversion must be " + SPEC_VERSION + " but was " + specversion);
        }
        requireText(id, "id");
        requireText(source, "source");
        requireText(type, "type");
    }

    /** Wraps an event under a new random id. */
    public static EventEnvelope wrap(String source, String subject, Actor actor, Instant time, DomainEvent event) {
        return wrap(UUID.randomUUID().toString(), source, subject, actor, time, event);
    }

    /**
     * Wraps an event under a given id; a publisher that may re-send an event (at least once) passes the
     * stable id of the stored event (e.g. Axon's event identifier).
     *
     * @param source e.g. {@code /kaoping/evaluation-service}
     * @param subject what the event is about, also the Kafka key (a case-file id, a month)
     */
    public static EventEnvelope wrap(String id, String source, String subject, Actor actor, Instant time,
                                     DomainEvent event) {
        Objects.requireNonNull(event, "event");
        EventDescriptor descriptor = EventRegistry.describe(event);
        return new EventEnvelope(SPEC_VERSION, id, source, descriptor.type(), subject, time,
                descriptor.dataschema(), DATA_CONTENT_TYPE, actor, dataTree(event));
    }

    /**
     * The data as a reader will see it: written to text and parsed back, so that an envelope built here
     * equals the same envelope read from Kafka (a BigDecimal 2 is an IntNode once parsed, not a DecimalNode).
     */
    private static JsonNode dataTree(DomainEvent event) {
        try {
            return Json.mapper().readTree(Json.write(event));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot read back the JSON just written for " + event.getClass().getName(), e);
        }
    }

    /** Parses a Kafka value; anything that is not a valid envelope is a {@link MalformedEventException}. */
    public static EventEnvelope fromJson(String json) {
        if (json == null || json.isBlank()) {
            throw new MalformedEventException("empty event");
        }
        try {
            return Json.mapper().readValue(json, EventEnvelope.class);
        } catch (JsonProcessingException e) {
            Throwable cause = e.getCause() instanceof MalformedEventException m ? m : e;
            throw new MalformedEventException("not a CloudEvents envelope: " + cause.getMessage(), e);
        }
    }

    /** The envelope as compact JSON (the Kafka value). */
    public String toJson() {
        return Json.write(this);
    }

    /** The typed event, found by {@code type}/{@code dataschema} in the standard registry. */
    public DomainEvent decode() {
        return decode(EventRegistry.standard());
    }

    /** The typed event, found in the given registry. */
    public DomainEvent decode(EventRegistry registry) {
        return convert(registry.resolve(type, dataschema).javaType());
    }

    /** The typed event, or empty when this contracts version does not know the type (a newer writer). */
    public Optional<DomainEvent> decodeIfKnown() {
        return EventRegistry.standard().find(type, dataschema).map(d -> convert(d.javaType()));
    }

    /**
     * {@code data} read as the given class. For an event record the envelope must carry that record's
     * type and version; any other class (a reader's own view of the data) is filled from the JSON.
     */
    public <T> T dataAs(Class<T> target) {
        if (DomainEvent.class.isAssignableFrom(target) && target.isRecord()) {
            @SuppressWarnings("unchecked")
            EventDescriptor expected = EventDescriptor.of((Class<? extends DomainEvent>) target);
            if (!expected.type().equals(type)
                    || (dataschema != null && !expected.dataschema().equals(dataschema))) {
                throw new IllegalArgumentException("envelope " + id + " carries " + type + " (" + dataschema
                        + "), not " + expected.type() + " (" + expected.dataschema() + ")");
            }
        }
        return convert(target);
    }

    private <T> T convert(Class<T> target) {
        if (data == null || data.isNull()) {
            throw new MalformedEventException("event " + id + " of type " + type + " has no data");
        }
        try {
            return Json.mapper().treeToValue(data, target);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new MalformedEventException("data of event " + id + " is not a valid " + type + ": "
                    + e.getMessage(), e);
        }
    }

    private static void requireText(String value, String attribute) {
        if (value == null || value.isBlank()) {
            throw new MalformedEventException("CloudEvents attribute '" + attribute + "' is required");
        }
    }
}
