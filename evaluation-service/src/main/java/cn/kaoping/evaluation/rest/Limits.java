package cn.kaoping.evaluation.rest;

/**
 * The limits of what an evaluation command may carry (issue #11 rule 5), named by what they bound here; the values
 * are the platform's ({@link cn.kaoping.web.request.Limits}), the same in every service. Beyond them a request is 400
 * naming the field. Sized so that the largest event a command can make stays well under the Kafka producer's 1 MB
 * record limit: a round-two card carries up to 2 × {@link #FINDINGS} findings, each with a note of up to
 * {@link #NOTE} characters (3 bytes each in UTF-8 for Chinese): 200 × 1,000 × 3 ≈ 600 KB (proved by
 * {@code LargestReviewPublishesTest}).
 */
public final class Limits {

    /** Findings per pre-review or review, finding ids marked per review, findings withdrawn per ruling. */
    public static final int FINDINGS = cn.kaoping.web.request.Limits.LIST;
    /** A finding's note. */
    public static final int NOTE = cn.kaoping.web.request.Limits.NOTE;
    /** An objection's reason, a ruling's reasoning. */
    public static final int TEXT = cn.kaoping.web.request.Limits.TEXT;
    /** Ids (units, officers, findings). */
    public static final int ID = cn.kaoping.web.request.Limits.ID;
    /** Co-handlers of one file: evaluation's own bound (a file has a handful), far below the platform's people. */
    public static final int CO_HANDLERS = 20;

    private Limits() {
    }
}
