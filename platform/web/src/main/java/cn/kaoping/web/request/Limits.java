package cn.kaoping.web.request;

/**
 * The limits of what one request may carry, the same in every service (issue #11 rule 5): beyond them a body field,
 * a list or a query parameter is a 400 naming it, and nothing is changed. They are constants so that Bean Validation
 * annotations can name them ({@code @Size(max = Limits.TEXT)}).
 *
 * <p>Why limits at all: every command becomes an event on Kafka, whose producer refuses a record above its
 * {@code max.request.size} (1 MB by default). The limits keep the largest event each service's commands can make
 * under that size; each service proves it with a test of its largest allowed command. As a second line, the outbox
 * refuses an event that would not fit ({@code EVENT_TOO_LARGE}) before anything is written.
 */
public final class Limits {

    /** Ids: units, officers, case files, findings, any id a body or a query names. */
    public static final int ID = 255;
    /** Codes: unit codes, item codes, police numbers, batch numbers. */
    public static final int CODE = 64;
    /** Short labels: case numbers, people's names, places, courses. */
    public static final int LABEL = 100;
    /** Names and titles: unit names, titles of bulletins, commentaries, regulations. */
    public static final int NAME = 200;
    /** A note of one entry of a list (a finding's note), short because a list may hold {@link #LIST} of them. */
    public static final int NOTE = 1000;
    /** Free texts: reasons, notes, statements, reasonings, one paragraph of a document. */
    public static final int TEXT = 2000;
    /** Whole documents: a bulletin's or a commentary's body, an opinion's findings of fact. */
    public static final int DOCUMENT = 20_000;
    /** Items of a list in one command: findings, agenda items, self-check rows, forms, marked ids. */
    public static final int LIST = 100;
    /** People in one command: trainees, attendees, those present or absent. */
    public static final int PEOPLE = 1000;
    /** Units in one command (lines of a unit list). */
    public static final int UNITS = 500;
    /** Rows of one spreadsheet import. */
    public static final int IMPORT_ROWS = 5000;
    /** Bytes of one uploaded file (5 MB). */
    public static final int IMPORT_BYTES = 5 * 1024 * 1024;

    private Limits() {
    }
}
