package cn.kaoping.contracts;

/** A record that is not a valid event envelope, or whose data does not fit its declared type. */
public class MalformedEventException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }

    public MalformedEventException(String message) {
        super(message);
    }
}
