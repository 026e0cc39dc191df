package cn.kaoping.contracts;

import cn.kaoping.contracts.evaluation.EvaluationSamples;
import cn.kaoping.contracts.incentive.IncentiveEvent;
import cn.kaoping.contracts.incentive.IncentiveSamples;

import cn.kaoping.contracts.publicity.BulletinPublished;
import cn.kaoping.contracts.publicity.CommentaryPublished;
import cn.kaoping.contracts.publicity.MonthlyListPublished;
import cn.kaoping.contracts.publicity.PublicityEvent;
import cn.kaoping.contracts.publicity.RedCardIssued;
import cn.kaoping.contracts.supervision.SupervisionEvent;
import cn.kaoping.contracts.supervision.SupervisionSamples;
import cn.kaoping.contracts.training.TrainingEvent;
import cn.kaoping.contracts.training.TrainingSamples;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One realistic sample of every event type, per topic. The snapshot, schema and round-trip tests run
 * over {@link #all()} and fail for a type of {@link EventStreams#ALL} that has no sample here.
 *
 * <p>Adding a topic: add its interface to {@link EventStreams#ALL}, a {@code <domain>Samples()} method
 * here, and that method to {@link #all()}.
 */
public final class SampleEvents {

    /** Fixed values so that the snapshots are stable. */
    public static final Instant TIME = Instant.parse("2017-06-05T02:00:00Z");
    public static final Actor ACTOR = new Actor("5f0c6b0e-8a57-4c55-9d53-1a3b6f0f7c21", "王磊", List.of("REVIEWER"));
    public static final String SUBJECT = "0a4e8f7e-3c1d-4f26-b1d8-7a2f2a9c5e10";

    static final String UNIT_ID = "2c9a7d0e-52a4-4cf1-9e4b-0c6b1d4f8a33";
    static final String OFFICER_ID = "7d3e1c55-0b2f-4d7a-8f61-3e9c2b5a4d10";
    static final String CASE_FILE_ID = "c1b2a3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d";
    static final String OTHER_CASE_FILE_ID = "d2c3b4a5-f6e7-4b8c-9d0e-1f2a3b4c5d6e";

    private SampleEvents() {
    }

    /** Every sample of every topic. */
    public static List<DomainEvent> all() {
        List<DomainEvent> samples = new ArrayList<>();
        samples.addAll(evaluationSamples());
        samples.addAll(publicitySamples());
        samples.addAll(trainingSamples());
        samples.addAll(incentiveSamples());
        samples.addAll(supervisionSamples());
        return samples;
    }

    /** 评: one sample of every {@code EvaluationEvent} record. */
    public static List<DomainEvent> evaluationSamples() {
        return new ArrayList<>(EvaluationSamples.all());
    }

    /** 示: one sample of every {@link PublicityEvent} record. */
    public static List<PublicityEvent> publicitySamples() {
        return List.of(
                new MonthlyListPublished(YearMonth.of(2017, 5), 1, TIME, 128, 12, List.of(OFFICER_ID)),
                new RedCardIssued(YearMonth.of(2017, 5), 1, OFFICER_ID, "李明", UNIT_ID, new BigDecimal("6.50"), 4,
                        List.of(CASE_FILE_ID, OTHER_CASE_FILE_ID)),
                new BulletinPublished("b7a6c5d4-3e2f-4a1b-9c8d-7e6f5a4b3c2d", 2017, 5, "2017年第5期执法质量考评通报"),
                new CommentaryPublished("e8f7a6b5-4c3d-4e2f-8a1b-9c0d1e2f3a4b", CASE_FILE_ID, "一起行政处罚案件的点评"));
    }

    /** 训: one sample of every {@link TrainingEvent} record. */
    public static List<TrainingEvent> trainingSamples() {
        return TrainingSamples.all();
    }

    /** 奖: one sample of every {@link IncentiveEvent} record. */
    public static List<IncentiveEvent> incentiveSamples() {
        return IncentiveSamples.all();
    }

    /** 督: one sample of every {@link SupervisionEvent} record. */
    public static List<SupervisionEvent> supervisionSamples() {
        return SupervisionSamples.all();
    }

    /** The sample wrapped as its service would publish it, with a stable id derived from the type. */
    public static EventEnvelope envelopeOf(DomainEvent event) {
        EventDescriptor descriptor = EventRegistry.describe(event);
        String id = UUID.nameUUIDFromBytes(descriptor.dataschema().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString();
        return EventEnvelope.wrap(id, "/kaoping/" + descriptor.domain() + "-service", SUBJECT, ACTOR, TIME, event);
    }
}
