package cn.kaoping.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Assertions on the JSON the services answer: points compared as decimals, penalties, history types. */
final class JsonChecks {

    private JsonChecks() {
    }

    /** Points as numbers, compared by value ({@code 2.0} is {@code 2}). */
    static void assertDecimal(String what, JsonNode actual, String expected) {
        assertThat(actual.isNumber()).as(what + " is a number, got " + actual).isTrue();
        assertThat(actual.decimalValue()).as(what).isEqualByComparingTo(new BigDecimal(expected));
    }

    static void assertPenalties(String what, JsonNode actual, List<Expected.Penalty> expected) {
        assertThat(actual.size()).as(what + ": " + actual).isEqualTo(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            Expected.Penalty penalty = expected.get(i);
            JsonNode node = actual.get(i);
            assertThat(node.path("code").asText()).as(what + " code").isEqualTo(penalty.code());
            assertDecimal(what + " " + penalty.code() + " points", node.path("points"), penalty.points().toPlainString());
            assertThat(node.path("startedPeriods").asInt()).as(what + " " + penalty.code() + " started periods")
                    .isEqualTo(penalty.startedPeriods());
        }
    }

    /** The event types of a file's history, in order. */
    static List<String> types(JsonNode history) {
        List<String> types = new ArrayList<>();
        history.forEach(h -> types.add(h.path("type").asText()));
        return types;
    }

    /** A text value, or null when absent or null. */
    static String text(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : node.asText();
    }
}
