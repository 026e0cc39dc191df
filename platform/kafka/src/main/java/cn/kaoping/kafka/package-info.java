/**
 * Kafka plumbing shared by the services; plain Java (Kafka clients, Micrometer, JBoss Logging), no CDI. Services do
 * not wire it themselves: {@code kaoping-runtime} hosts it ({@code ProjectionHost}, {@code OutboxRelay}), and
 * evaluation-service's Axon publisher calls {@link cn.kaoping.kafka.EventPublisher} directly.
 *
 * <h2>Publishing</h2>
 * {@link cn.kaoping.kafka.EventPublisher}: {@code publish(List<OutgoingRecord>)} returns when Kafka has
 * acknowledged every record (idempotent producer, acks=all) and throws {@link cn.kaoping.kafka.PublishException}
 * otherwise, so that the caller (the Axon tracking processor, the outbox relay) does not mark the records sent.
 *
 * <h2>Consuming into a projection</h2>
 * {@link cn.kaoping.kafka.ProjectionRunner} applies each polled batch of a {@link cn.kaoping.kafka.Projection} in one
 * local JDBC transaction on a connection of the data source (not a JTA transaction), together with the offsets in
 * table {@code consumer_offset}: each record counts exactly once. A service writes an {@code EnvelopeProjection}
 * (kaoping-runtime), declared once as a CDI bean; the runtime's {@code ProjectionHost} builds the runner from
 * {@code kaoping.projection.*}:
 * <pre>{@code
 * @Produces @Singleton
 * EnvelopeProjection projection() {
 *     return EnvelopeProjection.named("training-projection")
 *             .consumes(EvaluationEvent.class)
 *             .with(DirectoryProjection::declare)
 *             .on(CaseFileReviewed.class, findings::reviewed)
 *             .ignore(CaseFilePreReviewed.class)
 *             .clears("finding")
 *             .build();
 * }
 * }</pre>
 * The platform's tables ({@code consumer_offset}, {@code applied_event}, {@code outbox}) are created by the Flyway
 * migrations in this jar ({@code classpath:db/kaoping-platform}); a service lists that location (kaoping-runtime's
 * configuration defaults do) and never creates them. Rejected records go to {@code kaoping.dlt.<consumer name>}
 * ({@link cn.kaoping.kafka.DeadLetters}); that topic is created by the broker on first use
 * (auto.create.topics.enable) or must be created beforehand.
 */
package cn.kaoping.kafka;
