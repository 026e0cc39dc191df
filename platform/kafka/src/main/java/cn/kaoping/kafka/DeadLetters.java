package cn.kaoping.kafka;

import java.util.regex.Pattern;

/**
 * Dead-letter topics: where a {@link ProjectionRunner} sends a record it could not parse or apply, with the
 * error in headers. Key, value and the original headers are kept, so a fixed consumer can replay it.
 * {@code cn.kaoping.contracts.Topics.deadLetter(consumer)} names the same topic.
 */
public final class DeadLetters {

    public static final String TOPIC_PREFIX = "kaoping.dlt.";

    public static final String ORIGINAL_TOPIC = "kaoping.dlt.original.topic";
    public static final String ORIGINAL_PARTITION = "kaoping.dlt.original.partition";
    public static final String ORIGINAL_OFFSET = "kaoping.dlt.original.offset";
    public static final String EXCEPTION_CLASS = "kaoping.dlt.exception.class";
    public static final String EXCEPTION_MESSAGE = "kaoping.dlt.exception.message";
    /** The stack trace, cut to {@link #MAX_STACK_TRACE_CHARS} characters. */
    public static final String EXCEPTION_STACK_TRACE = "kaoping.dlt.exception.stacktrace";
    public static final String CONSUMER = "kaoping.dlt.consumer";
    /** When the record was dead-lettered, ISO-8601 instant. */
    public static final String TIME = "kaoping.dlt.time";

    public static final int MAX_STACK_TRACE_CHARS = 8_000;

    /** Legal Kafka topic characters; the consumer name is also the group id and the key of stored offsets. */
    private static final Pattern CONSUMER_NAME = Pattern.compile("[A-Za-z0-9._-]{1,200}");

    private DeadLetters() {
    }

    /** {@code "kaoping.dlt." + consumerName}. */
    public static String topicFor(String consumerName) {
        requireValidConsumerName(consumerName);
        return TOPIC_PREFIX + consumerName;
    }

    static String requireValidConsumerName(String consumerName) {
        if (consumerName == null || !CONSUMER_NAME.matcher(consumerName).matches()) {
            throw new IllegalArgumentException(
                    "Consumer name must be 1-200 characters of A-Z a-z 0-9 . _ - : " + consumerName);
        }
        return consumerName;
    }
}
