package cn.kaoping.evaluation.infrastructure.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaoping.contracts.Topics;
import cn.kaoping.kafka.OutgoingRecord;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyWavesTest {

    @Test
    void each_wave_holds_at_most_one_record_per_file_and_keeps_the_order_of_the_batch() {
        List<OutgoingRecord> batch = List.of(record("A", "a1"), record("B", "b1"), record("A", "a2"),
                record("C", "c1"), record("A", "a3"), record("B", "b2"));

        List<List<OutgoingRecord>> waves = KeyWaves.of(batch);

        assertThat(waves).extracting(wave -> wave.stream().map(OutgoingRecord::value).toList())
                .containsExactly(List.of("a1", "b1", "c1"), List.of("a2", "b2"), List.of("a3"));
    }

    @Test
    void a_batch_of_distinct_files_is_one_wave() {
        List<OutgoingRecord> batch = List.of(record("A", "a1"), record("B", "b1"), record("C", "c1"));

        assertThat(KeyWaves.of(batch)).containsExactly(batch);
    }

    private static OutgoingRecord record(String key, String value) {
        return new OutgoingRecord(Topics.EVALUATION_EVENTS, key, value);
    }
}
