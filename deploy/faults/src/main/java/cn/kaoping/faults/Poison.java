package cn.kaoping.faults;

import cn.kaoping.contracts.DomainEvent;
import cn.kaoping.contracts.EventDescriptor;
import cn.kaoping.contracts.EventEnvelope;
import cn.kaoping.contracts.evaluation.UnitRegistered;
import cn.kaoping.contracts.publicity.RedCardIssued;
import cn.kaoping.contracts.supervision.AccountabilityDecided;
import cn.kaoping.contracts.training.SelectionConfirmed;
import java.lang.reflect.RecordComponent;
import cn.kaoping.contracts.Json;
import cn.kaoping.contracts.Topics;
import cn.kaoping.fixtures.EvaluationEvents;
import cn.kaoping.fixtures.EventFeed;
import cn.kaoping.fixtures.SupervisionEvents;
import cn.kaoping.fixtures.TrainingEvents;
import cn.kaoping.contracts.publicity.CommentaryPublished;
import cn.kaoping.kafka.DeadLetters;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * R5: on every topic a projection consumes, three poison records (not JSON; a well-formed envelope of a type no one
 * knows; a known type whose data has the wrong schema) and then one valid, harmless event, all under one key (one
 * partition, in this order). Each consumer of the topic must send the not-JSON and wrong-schema records to its
 * dead-letter topic ({@code kaoping.dlt.<consumer>}, from {@code GET /api/v1/projections}); the unknown type is
 * skipped on purpose (a tolerant reader: a newer writer's type must not stop an older consumer), so it must not be
 * dead-lettered but counted in {@code kaoping.projection.skipped}; and the consumer goes on: its stored offset passes
 * the valid record, which is not dead-lettered.
 */
final class Poison {

    /** Who consumes which topic: the {@code consumes(...)} of each service's EnvelopeProjection. */
    static final Map<String, List<String>> CONSUMERS = Map.of(
            Topics.EVALUATION_EVENTS, List.of("publicity", "training", "incentive", "supervision"),
            Topics.PUBLICITY_EVENTS, List.of("training", "incentive", "supervision"),
            Topics.TRAINING_EVENTS, List.of("incentive", "supervision"),
            Topics.SUPERVISION_EVENTS, List.of("incentive"));

    /** A type of each topic that all its consumers handle (none ignores it). */
    static final Map<String, Class<? extends DomainEvent>> HANDLED = Map.of(
            Topics.EVALUATION_EVENTS, UnitRegistered.class,
            Topics.PUBLICITY_EVENTS, RedCardIssued.class,
            Topics.TRAINING_EVENTS, SelectionConfirmed.class,
            Topics.SUPERVISION_EVENTS, AccountabilityDecided.class);

    private static final Duration WITHIN = Duration.ofSeconds(60);

    private final Lab lab;

    Poison(Lab lab) {
        this.lab = lab;
    }

    /** The records sent to one topic: the poison kinds with their offsets, and the valid one. */
    private record Sent(String topic, int partition, Map<String, Long> poison, long validOffset, String validId,
                        String unknownType) {
    }

    Verdict run() throws Exception {
        Verdict v = new Verdict("R5", "poison records on every consumed topic");
        List<Sent> sent = new ArrayList<>();
        Map<String, Double> skippedBefore = new LinkedHashMap<>();
        for (String topic : CONSUMERS.keySet()) {
            for (String service : CONSUMERS.get(topic)) {
                skippedBefore.put(service + " " + topic, skipped(service, unknownType(topic)));
            }
        }
        try (KafkaProducer<String, String> producer = producer()) {
            for (String topic : List.of(Topics.EVALUATION_EVENTS, Topics.PUBLICITY_EVENTS, Topics.TRAINING_EVENTS,
                    Topics.SUPERVISION_EVENTS)) {
                sent.add(send(producer, topic));
            }
        }
        Map<String, String> deadLetterTopic = new LinkedHashMap<>();
        Map<String, String> consumerName = new LinkedHashMap<>();
        for (String service : Lab.PROJECTIONS) {
            var status = lab.http().required(lab.http().get(lab.url(service) + "/api/v1/projections", lab.admin()), "projection status");
            deadLetterTopic.put(service, status.path("deadLetterTopic").asText());
            consumerName.put(service, status.path("consumer").asText());
        }
        int poisonTotal = 0;
        int poisonDead = 0;
        int unknownTotal = 0;
        int unknownSkipped = 0;
        List<String> table = new ArrayList<>();
        List<String> unknownWrong = new ArrayList<>();
        v.row(List.of("topic", "consumer", "not JSON", "unknown type", "wrong schema", "valid record after"));
        for (Sent s : sent) {
            for (String service : CONSUMERS.get(s.topic())) {
                // Dead letters are acknowledged before the consumer commits its offset: once the offset has passed the
                // valid record, whatever of the poison was dead-lettered is in the dead-letter topic.
                long waitUntil = System.nanoTime() + WITHIN.toNanos();
                boolean passed = offsetPassed(service, consumerName.get(service), s);
                while (!passed && System.nanoTime() < waitUntil) {
                    Lab.sleep(500);
                    passed = offsetPassed(service, consumerName.get(service), s);
                }
                Map<String, Boolean> dead = deadLettered(deadLetterTopic.get(service), s);
                boolean validDead = dead.remove("valid");
                boolean unknownDead = dead.remove("unknown type");
                double counted = skipped(service, s.unknownType()) - skippedBefore.get(service + " " + s.topic());
                boolean unknownOk = !unknownDead && counted >= 1;
                unknownTotal++;
                if (unknownOk) {
                    unknownSkipped++;
                } else {
                    unknownWrong.add(service + " on " + s.topic() + (unknownDead ? ": dead-lettered" : ": not counted"));
                }
                poisonTotal += dead.size();
                poisonDead += (int) dead.values().stream().filter(b -> b).count();
                boolean goesOn = passed && !validDead;
                v.row(List.of(s.topic(), service, yes(dead.get("not JSON")),
                        unknownDead ? "**dead-lettered**" : "skipped, counted " + Math.round(counted),
                        yes(dead.get("wrong schema")), goesOn ? "consumed" : (validDead ? "dead-lettered" : "not reached")));
                v.check(service + " goes on after the poison on " + s.topic(), goesOn,
                        goesOn ? "the valid record after the poison was consumed" : "offset passed: " + passed + ", dead-lettered: " + validDead);
                for (Map.Entry<String, Boolean> e : dead.entrySet()) {
                    if (!e.getValue()) {
                        table.add(service + " on " + s.topic() + ": " + e.getKey());
                    }
                }
            }
        }
        v.check("every unknown type is skipped (not dead-lettered) and counted in kaoping.projection.skipped",
                unknownSkipped == unknownTotal, unknownSkipped + " of " + unknownTotal
                        + (unknownWrong.isEmpty() ? "" : "; wrong: " + String.join(", ", unknownWrong)));
        v.check("100 % of the not-JSON and wrong-schema records reach the dead-letter topic", poisonDead == poisonTotal,
                poisonDead + " of " + poisonTotal + " (" + (poisonTotal == 0 ? 0 : 100 * poisonDead / poisonTotal) + " %)"
                        + (table.isEmpty() ? "" : "; not dead-lettered: " + String.join(", ", table)));
        v.figure("poison records sent", sent.size() * 3);
        v.figure("not-JSON and wrong-schema deliveries (records × consumers)", poisonTotal);
        v.figure("dead-lettered", poisonDead);
        v.figure("unknown-type deliveries skipped and counted", unknownSkipped + " of " + unknownTotal);
        v.note("An event of a type the contracts do not know is skipped on purpose, not dead-lettered: a tolerant"
                + " reader, so that a consumer older than a new event type (evaluation added four) goes on consuming."
                + " Each skip is counted in the metric kaoping.projection.skipped{consumer, type} on /q/metrics, and this"
                + " rule requires the count to rise and consumption to go on. The dead-letter topic is required for the"
                + " records that are not JSON and for a known type whose data has the wrong schema only.");
        v.note("Dead letters are matched by their headers " + DeadLetters.ORIGINAL_TOPIC + " and " + DeadLetters.ORIGINAL_OFFSET
                + "; \"consumed\" means the consumer's stored offset (consumer_offset) passed the valid record and it is not"
                + " in the dead-letter topic.");
        return v;
    }

    private static String yes(Boolean dead) {
        return dead != null && dead ? "dead-lettered" : "**not dead-lettered**";
    }

    private Sent send(KafkaProducer<String, String> producer, String topic) throws Exception {
        String key = "faults-poison-" + UUID.randomUUID();
        EventEnvelope valid = valid(topic);
        ObjectNode unknown = (ObjectNode) Json.mapper().readTree(valid.toJson());
        unknown.put("id", UUID.randomUUID().toString());
        unknown.put("type", unknownType(topic));
        // Of a type every consumer of the topic handles (an ignored type is skipped before it is read), every field of
        // its record an object instead of what the schema says.
        Class<? extends DomainEvent> handled = HANDLED.get(topic);
        EventDescriptor descriptor = EventDescriptor.of(handled);
        ObjectNode wrongSchema = (ObjectNode) Json.mapper().readTree(valid.toJson());
        wrongSchema.put("id", UUID.randomUUID().toString());
        wrongSchema.put("type", descriptor.type());
        wrongSchema.put("dataschema", descriptor.dataschema());
        ObjectNode data = Json.mapper().createObjectNode();
        for (RecordComponent field : handled.getRecordComponents()) {
            data.set(field.getName(), Json.mapper().createObjectNode().put("unexpected", true));
        }
        wrongSchema.set("data", data);
        Map<String, Long> poison = new LinkedHashMap<>();
        RecordMetadata first = producer.send(new ProducerRecord<>(topic, key, "{not json at all")).get();
        poison.put("not JSON", first.offset());
        poison.put("unknown type", producer.send(new ProducerRecord<>(topic, key, unknown.toString())).get().offset());
        poison.put("wrong schema", producer.send(new ProducerRecord<>(topic, key, wrongSchema.toString())).get().offset());
        long validOffset = producer.send(new ProducerRecord<>(topic, key, valid.toJson())).get().offset();
        return new Sent(topic, first.partition(), poison, validOffset, valid.id(), unknownType(topic));
    }

    /** The unknown type sent on a topic: its valid event's type with a suffix no contract has. */
    private static String unknownType(String topic) {
        return EventDescriptor.of(HANDLED.get(topic)).type() + "NoSuchEvent";
    }

    /** The service's kaoping.projection.skipped count for the type (0 when the series does not exist yet). */
    private double skipped(String service, String type) {
        String metrics = lab.http().text(lab.url(service) + "/q/metrics");
        double total = 0;
        for (String line : metrics.split("\n")) {
            if (line.startsWith("kaoping_projection_skipped_total{") && line.contains("type=\"" + type + "\"")) {
                total += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return total;
    }

    /** A harmless well-formed event of the topic (about nobody the suite uses). */
    private static EventEnvelope valid(String topic) {
        String nobody = "faults-nobody-" + UUID.randomUUID();
        LocalDate today = LocalDate.now(EvaluationEvents.BUREAU);
        if (topic.equals(Topics.EVALUATION_EVENTS)) {
            return EventFeed.envelope(EvaluationEvents.unit(nobody, "FAULTS" + nobody.substring(14, 20), "故障测试单位"));
        }
        if (topic.equals(Topics.PUBLICITY_EVENTS)) {
            return EventFeed.envelope(nobody, Instant.now(), new CommentaryPublished(nobody, nobody, "故障测试点评"));
        }
        if (topic.equals(Topics.TRAINING_EVENTS)) {
            return EventFeed.envelope(nobody, Instant.now(), TrainingEvents.rotation(nobody, nobody, today.minusDays(1), today, "1"));
        }
        return EventFeed.envelope(nobody, Instant.now(), SupervisionEvents.redCardPerson(nobody, nobody, YearMonth.now(EvaluationEvents.BUREAU)));
    }

    /** For each kind sent, whether the consumer's dead-letter topic holds it ("valid" too). */
    private Map<String, Boolean> deadLettered(String deadLetterTopic, Sent s) {
        List<TopicReader.Rec> letters = TopicReader.readAll(lab.stack().bootstrapServers(), deadLetterTopic);
        Map<String, Boolean> dead = new LinkedHashMap<>();
        Map<String, Long> all = new LinkedHashMap<>(s.poison());
        all.put("valid", s.validOffset());
        all.forEach((kind, offset) -> dead.put(kind, letters.stream().anyMatch(r ->
                s.topic().equals(r.headers().get(DeadLetters.ORIGINAL_TOPIC))
                        && Integer.toString(s.partition()).equals(r.headers().get(DeadLetters.ORIGINAL_PARTITION))
                        && Long.toString(offset).equals(r.headers().get(DeadLetters.ORIGINAL_OFFSET)))));
        return dead;
    }

    private boolean offsetPassed(String service, String consumer, Sent s) {
        return lab.count(service, "select coalesce(max(next_offset), -1) from consumer_offset where consumer_name = '"
                + consumer + "' and topic = '" + s.topic() + "' and partition_no = " + s.partition()) > s.validOffset();
    }

    private KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, lab.stack().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()));
    }
}
