package cn.kaoping.evaluation.infrastructure.publishing;

/**
 * Optional Axon meta-data of an event that completes the CloudEvents {@code actor} beyond the event's own
 * {@code actorId}: set them on the command (and propagate them with a correlation data provider) to have the
 * actor's name and roles on Kafka.
 */
public final class ActorMetaData {

    /** The actor's display name (a String). */
    public static final String NAME = "actorName";
    /** The actor's roles (a collection of Strings, or one comma-separated String). */
    public static final String ROLES = "actorRoles";

    private ActorMetaData() {
    }
}
