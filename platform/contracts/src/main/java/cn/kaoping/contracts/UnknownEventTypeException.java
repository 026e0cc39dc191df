package cn.kaoping.contracts;

/** An envelope whose {@code type}/{@code dataschema} no event record of this contracts version declares. */
public class UnknownEventTypeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownEventTypeException(String type, String dataschema) {
        super("Unknown event type " + type + (dataschema == null ? "" : " (" + dataschema + ")"));
    }
}
