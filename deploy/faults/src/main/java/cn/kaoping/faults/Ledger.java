package cn.kaoping.faults;

import cn.kaoping.contracts.Json;
import cn.kaoping.contracts.Topics;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where every event of evaluation-service's store went, counted from the sources themselves: the event store's rows
 * (domain_event_entry), the evaluation topic read with a plain consumer, and each projection's applied_event table.
 * A projection records the events of the types it handles; those types are taken from what it recorded (set-up
 * traffic registers, submits and reviews before any fault), and every stored event of those types must be there.
 */
final class Ledger {

    /** What R1 and R3 hold about duplicates, in the report's words. */
    static final String AT_LEAST_ONCE = "Publishing is at least once: an event sent to Kafka but not yet marked as sent"
            + " when the process dies (kill -9) or its database goes away is sent again, under the same id. A duplicate"
            + " on the topic is therefore a figure, not a failure; the rule holds when every stored event is on Kafka at"
            + " least once and every projection applied each event exactly once (its applied_event table, keyed by"
            + " consumer and event id, drops the redelivery). An outside consumer dedupes the same way: by the"
            + " CloudEvents id of the envelope (the event id), remembered in the same transaction as the event's effect.";

    private final Map<String, String> stored = new HashMap<>();          // event id -> "aggregate type-simple-name"
    private final Set<String> storedCommands = new HashSet<>();          // "aggregate|SimpleType"
    private final Map<String, Integer> onKafka = new HashMap<>();        // envelope id -> records
    private final Map<String, String> kafkaType = new HashMap<>();       // envelope id -> type
    private final Map<String, Long> missingInProjection = new LinkedHashMap<>();
    private final Map<String, Long> unsentOutbox = new LinkedHashMap<>();
    private final Map<String, Long> appliedTwice = new LinkedHashMap<>();

    static Ledger take(Lab lab) {
        Ledger l = new Ledger();
        for (String[] row : lab.rows("evaluation",
                "select event_identifier, aggregate_identifier, payload_type from domain_event_entry")) {
            String simple = row[2].substring(Math.max(row[2].lastIndexOf('.'), row[2].lastIndexOf('$')) + 1);
            l.stored.put(row[0], simple);
            l.storedCommands.add(row[1] + "|" + simple);
        }
        for (TopicReader.Rec r : TopicReader.readAll(lab.stack().bootstrapServers(), Topics.EVALUATION_EVENTS)) {
            try {
                JsonNode envelope = Json.mapper().readTree(r.value());
                String id = envelope.path("id").asText(null);
                if (id != null) {
                    l.onKafka.merge(id, 1, Integer::sum);
                    l.kafkaType.put(id, envelope.path("type").asText());
                }
            } catch (Exception poison) {
                // R5's records that are not JSON: not events of the store
            }
        }
        for (String service : Lab.PROJECTIONS) {
            Set<String> applied = new HashSet<>();
            Set<String> handled = new HashSet<>();
            for (String[] row : lab.rows(service, "select event_id, event_type from applied_event")) {
                applied.add(row[0]);
                if (l.kafkaType.containsKey(row[0])) {
                    handled.add(row[1]);
                }
            }
            long missing = l.stored.keySet().stream()
                    .filter(id -> handled.contains(l.kafkaType.get(id)) && !applied.contains(id)).count();
            l.missingInProjection.put(service, missing);
            // applied_event's key (consumer, event id) should make this 0: counted, not assumed
            l.appliedTwice.put(service, lab.count(service,
                    "select count(*) - count(distinct (consumer_name, event_id)) from applied_event"));
            l.unsentOutbox.put(service, lab.count(service, "select count(*) from outbox where sent_at is null"));
        }
        return l;
    }

    /** Polls until nothing is missing anywhere or {@code timeout} passed; the last ledger and the seconds it took. */
    static Result converge(Lab lab, Duration timeout) {
        long began = System.nanoTime();
        Ledger l;
        do {
            try {
                l = take(lab);
            } catch (RuntimeException unreachableYet) {
                l = null;
            }
            if (l != null && l.complete()) {
                return new Result(l, (System.nanoTime() - began) / 1e9, true);
            }
            Lab.sleep(500);
        } while (System.nanoTime() - began < timeout.toNanos());
        return new Result(l == null ? take(lab) : l, (System.nanoTime() - began) / 1e9, false);
    }

    /** A ledger after convergence, how long it took, and whether it converged. */
    record Result(Ledger ledger, double seconds, boolean converged) {
    }

    boolean complete() {
        return missingOnKafka() == 0 && missingInProjection.values().stream().allMatch(m -> m == 0)
                && unsentOutbox.values().stream().allMatch(m -> m == 0);
    }

    int storedEvents() {
        return stored.size();
    }

    long missingOnKafka() {
        return stored.keySet().stream().filter(id -> !onKafka.containsKey(id)).count();
    }

    /** Stored events that are on the topic more than once (re-published under the same id). */
    long duplicatedOnKafka() {
        return stored.keySet().stream().filter(id -> onKafka.getOrDefault(id, 0) > 1).count();
    }

    long extraRecordsOnKafka() {
        return stored.keySet().stream().mapToLong(id -> Math.max(0, onKafka.getOrDefault(id, 0) - 1)).sum();
    }

    Map<String, Long> missingInProjections() {
        return missingInProjection;
    }

    /** Per projection, events recorded as applied more than once (a redelivered duplicate applied again). */
    Map<String, Long> appliedTwice() {
        return appliedTwice;
    }

    long appliedTwiceInAnyProjection() {
        return appliedTwice.values().stream().mapToLong(Long::longValue).sum();
    }

    long missingInAnyProjection() {
        return missingInProjection.values().stream().mapToLong(Long::longValue).sum();
    }

    Map<String, Long> unsentOutbox() {
        return unsentOutbox;
    }

    /** The accepted commands whose event is not in the store. */
    long notStored(List<CommandLoad.Accepted> accepted) {
        return accepted.stream().filter(a -> !storedCommands.contains(a.aggregateId() + "|" + a.event())).count();
    }

    /** A one-line summary for the report. */
    String summary() {
        return storedEvents() + " stored events; on Kafka: " + missingOnKafka() + " missing, " + duplicatedOnKafka()
                + " duplicated (" + extraRecordsOnKafka() + " extra records, at least once); missing in projections "
                + missingInProjection + "; applied twice " + appliedTwice + "; unsent outbox rows " + unsentOutbox;
    }
}
