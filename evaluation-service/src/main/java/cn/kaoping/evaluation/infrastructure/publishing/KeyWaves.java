package cn.kaoping.evaluation.infrastructure.publishing;

import cn.kaoping.kafka.OutgoingRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a batch into waves that hold at most one record per key, in the batch's order: wave 1 has the first
 * record of every key, wave 2 the second, and so on.
 *
 * <p>Why: the platform publisher sends every record of a call even when an earlier one fails (a metadata
 * timeout fails that record's future at once, the next ones go out and are written). Two records of one case
 * file in one call could then land with the later one first: a consumer would see a file's submission before
 * its registration (the Kafka crash test showed exactly that). With one record per key per call, and each call
 * acknowledged before the next starts, a record is only ever sent once its predecessors are on the topic.
 */
final class KeyWaves {

    private KeyWaves() {
    }

    static List<List<OutgoingRecord>> of(List<OutgoingRecord> batch) {
        Map<String, Integer> recordsPerKey = new HashMap<>();
        List<List<OutgoingRecord>> waves = new ArrayList<>();
        for (OutgoingRecord record : batch) {
            int wave = recordsPerKey.merge(String.valueOf(record.key()), 1, Integer::sum) - 1;
            if (wave == waves.size()) {
                waves.add(new ArrayList<>());
            }
            waves.get(wave).add(record);
        }
        return waves;
    }
}
