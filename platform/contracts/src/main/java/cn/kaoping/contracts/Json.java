package cn.kaoping.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.UncheckedIOException;

/**
 * The one Jackson configuration for everything published on Kafka.
 *
 * <ul>
 *   <li>Dates, instants, months and durations as ISO-8601 strings ({@code 2017-05-02}, {@code 2017-05},
 *       {@code 2017-05-02T08:00:00Z}), never as numeric timestamps.
 *   <li>Unknown properties are ignored on read: a reader keeps working when a writer adds a field.
 *   <li>{@code null} values are left out; a component that may be absent is marked {@link Nullable}.
 *   <li>Property order is the <b>declaration order of the record components</b> (Jackson's default for
 *       records; never alphabetical), and map entries are sorted by key. So the JSON of an event reads
 *       like its Java record, and the snapshot tests get a deterministic text.
 *   <li>Decimals keep their scale ({@code 1.50} stays {@code 1.50}) so a record read back equals the one
 *       written.
 * </ul>
 *
 * The mapper is shared: do not reconfigure it; call {@code mapper().copy()} when you need a variant.
 */
public final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            // Keep 1.50 as 1.50 through JsonNode, so BigDecimal components survive a round trip.
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private Json() {
    }

    /** The shared, configured mapper. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Compact JSON of a value; a value that cannot be written is a programming error. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Cannot write " + value.getClass().getName() + " as JSON", e);
        }
    }

    /** Indented JSON with {@code \n} line ends (for checked-in documents and snapshots). */
    public static String writePretty(Object value) {
        try {
            return MAPPER.writer(StablePrettyPrinter.create()).writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Cannot write " + value.getClass().getName() + " as JSON", e);
        }
    }

    /** Reads JSON text into a type; malformed text throws {@link UncheckedIOException}. */
    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Cannot read JSON as " + type.getName() + ": " + e.getOriginalMessage(), e);
        }
    }
}
