package cn.kaoping.contracts.schema;

import cn.kaoping.contracts.Actor;
import cn.kaoping.contracts.DomainEvent;
import cn.kaoping.contracts.EventDescriptor;
import cn.kaoping.contracts.EventEnvelope;
import cn.kaoping.contracts.EventRegistry;
import cn.kaoping.contracts.Json;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The published description of the event stream, for systems that consume it without reading Java:
 * one JSON Schema per event type, the schema of the CloudEvents envelope, and an AsyncAPI 3.0 document
 * of the topics. Checked in under {@code src/main/resources/schemas/} (and so shipped in the jar);
 * a test keeps the checked-in files equal to what this class generates.
 */
public final class ContractDocuments {

    /** Folder of the documents on the classpath and under {@code src/main/resources}. */
    public static final String FOLDER = "schemas";
    public static final String ENVELOPE_SCHEMA_FILE = "cloudevent-envelope.schema.json";
    public static final String ASYNCAPI_FILE = "asyncapi.json";
    static final String ENVELOPE_ID = "urn:kaoping:envelope:v1";
    static final String ENVELOPE_COMPONENT = "CloudEventEnvelope";

    private final EventRegistry registry;
    private final JsonSchemaGenerator schemas = new JsonSchemaGenerator();

    public ContractDocuments(EventRegistry registry) {
        this.registry = registry;
    }

    /** File name of an event type's schema: {@code kaoping.evaluation.CaseFileRegistered.v1.schema.json}. */
    public static String schemaFileName(EventDescriptor descriptor) {
        return descriptor.key() + ".schema.json";
    }

    /** Every document, file name → text (pretty JSON, {@code \n} line ends), sorted by file name. */
    public SortedMap<String, String> render() {
        SortedMap<String, String> files = new TreeMap<>();
        for (EventDescriptor descriptor : registry.descriptors()) {
            files.put(schemaFileName(descriptor), Json.writePretty(schemas.schemaOf(descriptor)));
        }
        files.put(ENVELOPE_SCHEMA_FILE, Json.writePretty(envelopeSchema()));
        files.put(ASYNCAPI_FILE, Json.writePretty(asyncApi()));
        return files;
    }

    /** The data schema of one type. */
    public ObjectNode schemaOf(EventDescriptor descriptor) {
        return schemas.schemaOf(descriptor);
    }

    /** The CloudEvents 1.0 envelope (structured mode) with the {@code actor} extension; {@code data} is any object. */
    public ObjectNode envelopeSchema() {
        ObjectNode schema = Json.mapper().createObjectNode();
        schema.put("$schema", JsonSchemaGenerator.DIALECT);
        schema.put("$id", ENVELOPE_ID);
        schema.put("title", "Kaoping event envelope (CloudEvents 1.0, JSON structured mode)");
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        properties.putObject("specversion").put("type", "string").put("const", EventEnvelope.SPEC_VERSION);
        properties.putObject("id").put("type", "string").put("minLength", 1)
                .put("description", "identifies the event; a re-delivered event keeps its id");
        properties.putObject("source").put("type", "string").put("format", "uri-reference")
                .put("description", "the publishing service, e.g. /kaoping/evaluation-service");
        properties.putObject("type").put("type", "string").put("minLength", 1)
                .put("description", "kaoping.<domain>.<EventName>");
        properties.putObject("subject").put("type", "string")
                .put("description", "what the event is about (a case-file id, a month); also the Kafka key");
        properties.putObject("time").put("type", "string").put("format", "date-time");
        properties.putObject("dataschema").put("type", "string").put("format", "uri")
                .put("description", "urn:kaoping:<domain>:<EventName>:v<version>; names the schema of data");
        properties.putObject("datacontenttype").put("type", "string").put("const", EventEnvelope.DATA_CONTENT_TYPE);
        ObjectNode actor = schemas.schemaOfType(Actor.class);
        actor.put("description", "who caused the event: an officer (JWT sub, name, groups) or system:<component>");
        properties.set("actor", actor);
        properties.putObject("data").put("type", "object");
        ArrayNode required = schema.putArray("required");
        List.of("specversion", "id", "source", "type", "time", "dataschema", "datacontenttype", "actor", "data")
                .forEach(required::add);
        return schema;
    }

    /** AsyncAPI 3.0: a channel per topic, a message per event type, the envelope and data schemas. */
    public ObjectNode asyncApi() {
        ObjectNode document = Json.mapper().createObjectNode();
        document.put("asyncapi", "3.0.0");
        ObjectNode info = document.putObject("info");
        info.put("title", "Kaoping (考评) event stream");
        info.put("version", "1.0.0");
        info.put("description", "Events of the Kaoping services on Kafka. Each record value is a CloudEvents 1.0"
                + " envelope in JSON structured mode; the record key is the envelope's subject. Readers ignore"
                + " unknown properties; a change that breaks a reader is a new schema version of the type.");
        document.put("defaultContentType", EventEnvelope.CONTENT_TYPE);

        ObjectNode channels = document.putObject("channels");
        ObjectNode operations = document.putObject("operations");
        ObjectNode components = document.putObject("components");
        ObjectNode componentSchemas = components.putObject("schemas");
        ObjectNode componentMessages = components.putObject("messages");
        componentSchemas.set(ENVELOPE_COMPONENT, embedded(envelopeSchema()));

        for (Class<? extends DomainEvent> topicInterface : registry.topicInterfaces()) {
            List<EventDescriptor> descriptors = registry.descriptorsOf(topicInterface);
            String domain = EventDescriptor.domainOf(topicInterface);
            String channelName = domain + "Events";
            ObjectNode channel = channels.putObject(channelName);
            channel.put("address", cn.kaoping.contracts.Topics.eventsOf(domain));
            channel.put("title", domain + " events");
            channel.put("description", "Events of " + domain + "-service (" + topicInterface.getSimpleName() + ").");
            ObjectNode channelMessages = channel.putObject("messages");
            ObjectNode operation = operations.putObject("publish" + capitalized(domain) + "Events");
            operation.put("action", "send");
            operation.putObject("channel").put("$ref", "#/channels/" + channelName);
            ArrayNode operationMessages = operation.putArray("messages");

            for (EventDescriptor descriptor : descriptors) {
                String key = descriptor.key();
                componentSchemas.set(key, embedded(schemas.schemaOf(descriptor)));
                componentMessages.set(key, message(descriptor));
                channelMessages.putObject(key).put("$ref", "#/components/messages/" + key);
                operationMessages.addObject().put("$ref", "#/channels/" + channelName + "/messages/" + key);
            }
        }
        return document;
    }

    private ObjectNode message(EventDescriptor descriptor) {
        ObjectNode message = Json.mapper().createObjectNode();
        message.put("name", descriptor.type());
        message.put("title", descriptor.name() + " v" + descriptor.version());
        message.put("contentType", EventEnvelope.CONTENT_TYPE);
        ObjectNode payload = message.putObject("payload");
        ArrayNode allOf = payload.putArray("allOf");
        allOf.addObject().put("$ref", "#/components/schemas/" + ENVELOPE_COMPONENT);
        ObjectNode specific = allOf.addObject();
        specific.put("type", "object");
        ObjectNode properties = specific.putObject("properties");
        properties.putObject("type").put("const", descriptor.type());
        properties.putObject("dataschema").put("const", descriptor.dataschema());
        properties.putObject("data").put("$ref", "#/components/schemas/" + descriptor.key());
        ObjectNode kafka = message.putObject("bindings").putObject("kafka");
        kafka.putObject("key").put("type", "string").put("description", "the envelope's subject");
        kafka.put("bindingVersion", "0.5.0");
        return message;
    }

    /** A standalone schema as an AsyncAPI component: without {@code $schema}/{@code $id}. */
    private static ObjectNode embedded(ObjectNode standalone) {
        ObjectNode copy = standalone.deepCopy();
        copy.remove("$schema");
        copy.remove("$id");
        return copy;
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
