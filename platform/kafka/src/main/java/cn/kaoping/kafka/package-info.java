/**
 * Kafka plumbing shared by the services; plain Java (Kafka clients, Micrometer, JBoss Logging), no CDI, so a
 * service wires it with a few lines of its own.
 *
 * <h2>Publishing (evaluation-service)</h2>
 * {@link cn.kaoping.kafka.EventPublisher}: {@code publish(List<OutgoingRecord>)} returns when Kafka has
 * acknowledged every record (idempotent producer, acks=all) and throws {@link cn.kaoping.kafka.PublishException}
 * otherwise, so the Axon tracking processor that calls it does not advance its token.
 *
 * <h2>Consuming into a projection (the other services)</h2>
 * <pre>{@code
 * // an @ApplicationScoped bean of publicity-service
 * class MonthlyListFeed {
 *     private final ProjectionRunner runner;
 *
 *     MonthlyListFeed(AgroalDataSource dataSource, MonthlyListProjection projection, MeterRegistry metrics,
 *                     KafkaConfig kafka) {                      // a @ConfigMapping of the service
 *         String bootstrapServers = kafka.bootstrapServers();
 *         runner = new ProjectionRunner(new ConsumerSettings(bootstrapServers, "publicity-monthly-list",
 *                 List.of(Topics.EVALUATION_EVENTS)), dataSource, projection, metrics);
 *     }
 *     void start(@Observes StartupEvent event) { runner.start(); }
 *     void stop() { runner.close(); }             // @PreDestroy
 *     boolean ready() { return runner.isReady(); } // from a @Readiness HealthCheck
 * }
 * }</pre>
 * The runner applies each polled batch in one local JDBC transaction on a connection of the data source (not a
 * JTA transaction), together with the offsets in table {@code consumer_offset}, which it creates itself
 * ({@code CREATE TABLE IF NOT EXISTS}); the projection's own tables belong to the service's Flyway migrations.
 * Rejected records go to {@code kaoping.dlt.<consumer name>} ({@link cn.kaoping.kafka.DeadLetters}); that topic
 * is created by the broker on first use (auto.create.topics.enable) or must be created beforehand.
 */
package cn.kaoping.kafka;
