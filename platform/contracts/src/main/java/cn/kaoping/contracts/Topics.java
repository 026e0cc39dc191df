package cn.kaoping.contracts;

/**
 * Kafka topic names. Java code that produces or consumes a topic takes the name from here (or from
 * {@link #eventsOf}) instead of typing it. The names are still spelled out where these constants do not
 * reach: deployment and launcher configuration and the tests that pin it, the README, Javadoc and SQL
 * comments, and the generated AsyncAPI document under {@code schemas/}. Renaming a topic (a new
 * {@code .v<n>}) means searching the tree for the old name, not only changing it here.
 */
public final class Topics {

    /** 评: units, officers, rulebook versions, case files, cards, deductions, deadlines. Keyed by aggregate id. */
    public static final String EVALUATION_EVENTS = "kaoping.evaluation.events.v1";
    /** 示: monthly lists, red cards, bulletins, commentaries. Keyed by month, officer, bulletin or commentary id. */
    public static final String PUBLICITY_EVENTS = "kaoping.publicity.events.v1";
    /** 训: ten best / ten worst, lagging-officer nominations and exams, rotation. Keyed by selection or officer id. */
    public static final String TRAINING_EVENTS = "kaoping.training.events.v1";
    /** 奖: approved funding allocations, commendation rankings. Keyed by allocation or ranking id. */
    public static final String INCENTIVE_EVENTS = "kaoping.incentive.events.v1";
    /** 督: tracking items, accountability cases and decisions. Keyed by tracking-item or officer id. */
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
