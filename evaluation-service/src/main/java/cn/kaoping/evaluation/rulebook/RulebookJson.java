package cn.kaoping.evaluation.rulebook;

import cn.kaoping.contracts.Json;
import cn.kaoping.contracts.evaluation.RulebookContent;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Rulebook versions as JSON: the format an ADMIN posts to publish a version, and in which the default
 * version ships ({@value #DEFAULT_RESOURCE}). Reading is strict: an unknown property in a rulebook is a
 * typo that would silently drop a rule, so it fails.
 */
public final class RulebookJson {

    public static final String DEFAULT_RESOURCE = "/rulebook/default-rulebook.json";

    private static final ObjectReader READER = Json.mapper().copy()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .readerFor(RulebookContent.class);

    private RulebookJson() {
    }

    public static RulebookContent read(InputStream json) {
        try {
            return READER.readValue(json);
        } catch (IOException e) {
            throw new UncheckedIOException("Not a rulebook: " + e.getMessage(), e);
        }
    }

    /** A rulebook given inside another body (a what-if's draft), read as strictly. */
    public static RulebookContent read(JsonNode json) {
        try {
            return READER.readValue(json);
        } catch (IOException e) {
            throw new UncheckedIOException("Not a rulebook: " + e.getMessage(), e);
        }
    }

    /** The content of the default rulebook shipped with the service (not validated). */
    public static RulebookContent defaultContent() {
        try (InputStream json = RulebookJson.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (json == null) {
                throw new IllegalStateException("Missing resource " + DEFAULT_RESOURCE);
            }
            return read(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The default rulebook, validated. */
    public static Rulebook defaultRulebook() {
        return Rulebook.of(defaultContent());
    }
}
