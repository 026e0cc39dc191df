package cn.kaoping.kafka;

/** Thrown when at least one record of a batch was not acknowledged by the brokers. */
public class PublishException extends RuntimeException {

    public PublishException(String message, Throwable cause) {
        super(message, cause);
    }
}
