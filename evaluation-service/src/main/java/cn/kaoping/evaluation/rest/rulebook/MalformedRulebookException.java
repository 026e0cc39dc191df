package cn.kaoping.evaluation.rest.rulebook;

/** The body of a publication is not a rulebook in JSON (400 MALFORMED_JSON, naming the field when known). */
public class MalformedRulebookException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MalformedRulebookException(Throwable cause) {
        super("not a rulebook", cause);
    }
}
