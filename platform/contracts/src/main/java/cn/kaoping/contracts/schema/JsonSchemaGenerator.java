package cn.kaoping.contracts.schema;

import cn.kaoping.contracts.EventDescriptor;
import cn.kaoping.contracts.Json;
import cn.kaoping.contracts.Money;
import cn.kaoping.contracts.Nullable;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * JSON Schema (draft-07, the dialect AsyncAPI embeds) of event records, read from their record
 * components so that it always says what {@link Json#mapper()} writes: components in declaration order,
 * every component {@code required} unless {@link Nullable}, ISO-8601 strings for time types, and an amount of
 * {@link Money} ({@code BigDecimal} with {@code @JsonFormat(shape = STRING)}) a string of two decimals.
 * Unknown properties stay allowed, because readers ignore them.
 *
 * <p>A component type it does not know is an error, so a contract cannot silently drift from its schema.
 */
public final class JsonSchemaGenerator {

    public static final String DIALECT = "http://json-schema.org/draft-07/schema#";

    /** The standalone schema of one event type's {@code data}, {@code $id} = its dataschema URN. */
    public ObjectNode schemaOf(EventDescriptor descriptor) {
        ObjectNode schema = Json.mapper().createObjectNode();
        schema.put("$schema", DIALECT);
        schema.put("$id", descriptor.dataschema());
        schema.put("title", descriptor.type() + " v" + descriptor.version());
        schema.put("description", "data of CloudEvents type " + descriptor.type() + " on Kafka topic "
                + descriptor.topic());
        schema.setAll(recordSchema(descriptor.javaType(), new ArrayDeque<>()));
        return schema;
    }

    /** The schema of any supported component type (records, collections, time types, ...). */
    public ObjectNode schemaOfType(Type type) {
        return typeSchema(type, new ArrayDeque<>(), type.getTypeName());
    }

    private ObjectNode recordSchema(Class<?> recordType, Deque<Class<?>> enclosing) {
        if (enclosing.contains(recordType)) {
            throw new IllegalArgumentException("recursive record " + recordType.getName() + " in an event contract");
        }
        enclosing.push(recordType);
        ObjectNode schema = Json.mapper().createObjectNode();
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = Json.mapper().createArrayNode();
        for (RecordComponent component : recordType.getRecordComponents()) {
            if (annotated(component, JsonIgnore.class)) {
                continue;
            }
            String name = propertyName(component);
            String where = recordType.getSimpleName() + "." + component.getName();
            properties.set(name, componentSchema(component, enclosing, where));
            if (component.getType().isPrimitive() || !annotated(component, Nullable.class)) {
                required.add(name);
            }
        }
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
        enclosing.pop();
        return schema;
    }

    /**
     * A component's schema: its type's, unless {@link JsonFormat} changes what Jackson writes. The only
     * such change the contracts use is a BigDecimal written as a string, which is {@link Money}; any other
     * {@code @JsonFormat} is refused rather than described wrongly.
     */
    private ObjectNode componentSchema(RecordComponent component, Deque<Class<?>> enclosing, String where) {
        JsonFormat format = component.getAccessor().getAnnotation(JsonFormat.class);
        if (format == null) {
            format = component.getAnnotation(JsonFormat.class);
        }
        if (format == null) {
            return typeSchema(component.getGenericType(), enclosing, where);
        }
        if (component.getType() == BigDecimal.class && format.shape() == JsonFormat.Shape.STRING
                && format.pattern().isEmpty()) {
            ObjectNode schema = Json.mapper().createObjectNode();
            return schema.put("type", "string").put("pattern", Money.PATTERN)
                    .put("description", "an amount in yuan with exactly two decimals, as a string");
        }
        throw new IllegalArgumentException("No JSON Schema mapping for " + format + " on " + where
                + "; the contracts only use @JsonFormat(shape = STRING) on a BigDecimal amount of money");
    }

    private ObjectNode typeSchema(Type type, Deque<Class<?>> enclosing, String where) {
        ObjectNode schema = Json.mapper().createObjectNode();
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw) {
            Type[] arguments = parameterized.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                schema.put("type", "array");
                schema.set("items", typeSchema(arguments[0], enclosing, where + "[]"));
                if (Set.class.isAssignableFrom(raw)) {
                    schema.put("uniqueItems", true);
                }
                return schema;
            }
            if (Map.class.isAssignableFrom(raw)) {
                schema.put("type", "object");
                schema.set("additionalProperties", typeSchema(arguments[1], enclosing, where + "{}"));
                return schema;
            }
            throw unsupported(type, where);
        }
        if (type instanceof GenericArrayType array) {
            schema.put("type", "array");
            schema.set("items", typeSchema(array.getGenericComponentType(), enclosing, where + "[]"));
            return schema;
        }
        if (!(type instanceof Class<?> c)) {
            throw unsupported(type, where);
        }
        if (c == String.class || c == char.class || c == Character.class) {
            return schema.put("type", "string");
        }
        if (c == UUID.class) {
            return schema.put("type", "string").put("format", "uuid");
        }
        if (c == boolean.class || c == Boolean.class) {
            return schema.put("type", "boolean");
        }
        if (c == int.class || c == Integer.class || c == long.class || c == Long.class || c == short.class
                || c == Short.class || c == byte.class || c == Byte.class || c == BigInteger.class || c == Year.class) {
            return schema.put("type", "integer");
        }
        if (c == double.class || c == Double.class || c == float.class || c == Float.class || c == BigDecimal.class) {
            return schema.put("type", "number");
        }
        if (c == Instant.class || c == OffsetDateTime.class || c == ZonedDateTime.class) {
            return schema.put("type", "string").put("format", "date-time");
        }
        if (c == LocalDate.class) {
            return schema.put("type", "string").put("format", "date");
        }
        if (c == YearMonth.class) {
            return schema.put("type", "string").put("pattern", "^[0-9]{4}-[0-9]{2}$");
        }
        if (c == LocalDateTime.class) {
            return schema.put("type", "string").put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}");
        }
        if (c == LocalTime.class) {
            return schema.put("type", "string").put("pattern", "^[0-9]{2}:[0-9]{2}");
        }
        if (c == Duration.class || c == Period.class) {
            return schema.put("type", "string").put("format", "duration");
        }
        if (c == byte[].class) {
            return schema.put("type", "string").put("contentEncoding", "base64");
        }
        if (c.isArray()) {
            schema.put("type", "array");
            schema.set("items", typeSchema(c.getComponentType(), enclosing, where + "[]"));
            return schema;
        }
        if (c.isEnum()) {
            schema.put("type", "string");
            ArrayNode values = schema.putArray("enum");
            for (Object constant : c.getEnumConstants()) {
                values.add(((Enum<?>) constant).name());
            }
            return schema;
        }
        if (c.isRecord()) {
            return recordSchema(c, enclosing);
        }
        if (JsonNode.class.isAssignableFrom(c) || c == Object.class) {
            return schema;
        }
        throw unsupported(type, where);
    }

    private static String propertyName(RecordComponent component) {
        JsonProperty property = component.getAnnotation(JsonProperty.class);
        if (property == null) {
            property = component.getAccessor().getAnnotation(JsonProperty.class);
        }
        return property != null && !property.value().isEmpty() ? property.value() : component.getName();
    }

    private static boolean annotated(RecordComponent component,
                                     Class<? extends java.lang.annotation.Annotation> annotation) {
        return component.isAnnotationPresent(annotation) || component.getAccessor().isAnnotationPresent(annotation);
    }

    private static IllegalArgumentException unsupported(Type type, String where) {
        return new IllegalArgumentException("No JSON Schema mapping for " + type.getTypeName() + " at " + where
                + "; use a record, String, UUID, a number, boolean, an enum, a java.time type, List, Set or Map");
    }
}
