package cn.kaoping.contracts;

/** Kafka topic names. Every producer, consumer and test uses these constants; no topic name is typed twice. */
public final class Topics {

    /** 评: case files, evaluation cards, deductions, deadlines. Keyed by case-file id. */
    public static final String EVALUATION_EVENTS = "kaoping.evaluation.events.v1";
    /** 示: monthly lists, red cards, bulletins, commentaries. */
    public static final String PUBLICITY_EVENTS = "kaoping.publicity.events.v1";
    /** 训: meetings, ten best / ten worst, classes. */
    public static final String TRAINING_EVENTS = "kaoping.training.events.v1";
    /** 奖: performance points, funding, commendations. */
    public static final String INCENTIVE_EVENTS = "kaoping.incentive.events.v1";
    /** 督: tracking items, escalations, accountability. */
    public static final String SUPERVISION_EVENTS = "kaoping.supervision.events.v1";

    private static final String DEAD_LETTER_PREFIX = "kaoping.dlt.";

    private Topics() {
    }

    /** The dead-letter topic of one consumer (records it could not parse or apply, with the error in headers). */
    public static String deadLetter(String consumer) {
        if (consumer == null || consumer.isBlank()) {
            throw new IllegalArgumentException("consumer name is required for a dead-letter topic");
        }
        return DEAD_LETTER_PREFIX + consumer;
    }

    /** The events topic of a domain ({@code "evaluation"} → {@link #EVALUATION_EVENTS}). */
    public static String eventsOf(String domain) {
        return "kaoping." + domain + ".events.v1";
    }
}
