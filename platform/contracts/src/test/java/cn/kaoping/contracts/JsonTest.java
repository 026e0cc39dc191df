package cn.kaoping.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    record Dated(Instant at, LocalDate on, YearMonth month, Duration period) {
    }

    record Ordered(String zeta, String alpha, @Nullable String note) {
    }

    record Amount(BigDecimal value, Map<String, Integer> byUnit) {
    }

    @Test
    void time_values_are_iso_8601_strings() {
        String json = Json.write(new Dated(Instant.parse("2017-05-02T08:00:00Z"), LocalDate.of(2017, 5, 2),
                YearMonth.of(2017, 5), Duration.ofSeconds(30)));

        assertThat(json).isEqualTo(
                "{\"at\":\"2017-05-02T08:00:00Z\",\"on\":\"2017-05-02\",\"month\":\"2017-05\",\"period\":\"PT30S\"}");
    }

    @Test
    void properties_follow_the_record_declaration_and_nulls_are_left_out() {
        assertThat(Json.write(new Ordered("z", "a", null))).isEqualTo("{\"zeta\":\"z\",\"alpha\":\"a\"}");
    }

    @Test
    void decimals_keep_their_scale_through_a_json_tree_and_map_keys_are_sorted() {
        Amount amount = new Amount(new BigDecimal("6.50"), Map.of("b", 2, "a", 1));

        JsonNode tree = Json.mapper().valueToTree(amount);
        String json = Json.write(tree);

        assertThat(json).isEqualTo("{\"value\":6.50,\"byUnit\":{\"a\":1,\"b\":2}}");
        assertThat(Json.read(json, Amount.class)).isEqualTo(amount);
    }

    @Test
    void unknown_properties_are_ignored_on_read() {
        assertThat(Json.read("{\"zeta\":\"z\",\"alpha\":\"a\",\"addedLater\":{\"x\":1}}", Ordered.class))
                .isEqualTo(new Ordered("z", "a", null));
    }

    @Test
    void chinese_text_is_written_as_is() {
        assertThat(Json.write(new Ordered("考评", "a", null))).contains("\"考评\"");
    }
}
