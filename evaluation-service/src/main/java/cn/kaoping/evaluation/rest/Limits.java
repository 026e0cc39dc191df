package cn.kaoping.evaluation.rest;

/**
 * The limits of what a command may carry (issue #11 rule 5); beyond them a request is 400 naming the field. Sized so
 * that the largest event a command can make stays well under the Kafka producer's 1 MB record limit: a round-two card
 * carries up to 2 × {@link #FINDINGS} findings, each with a note of up to {@link #NOTE} characters (3 bytes each in
 * UTF-8 for Chinese): 200 × 1,000 × 3 ≈ 600 KB (proved by {@code LargestReviewPublishesTest}).
 */
public final class Limits {

    /** Findings per pre-review or review, finding ids marked per review, findings withdrawn per ruling. */
    public static final int FINDINGS = 100;
    /** A finding's note. */
    public static final int NOTE = 1000;
    /** An objection's reason, a ruling's reasoning. */
    public static final int TEXT = 2000;
    /** Ids (units, officers, findings). */
    public static final int ID = 255;
    /** Co-handlers of one file. */
    public static final int CO_HANDLERS = 20;

    private Limits() {
    }
}
