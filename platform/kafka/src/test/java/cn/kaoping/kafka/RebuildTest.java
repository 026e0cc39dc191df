package cn.kaoping.kafka;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static cn.kaoping.kafka.Plumbing.await;
import static cn.kaoping.kafka.Plumbing.bootstrapServers;
import static cn.kaoping.kafka.Plumbing.createTopic;
import static cn.kaoping.kafka.Plumbing.publishEvents;
import static cn.kaoping.kafka.Plumbing.unique;
import static org.assertj.core.api.Assertions.assertThat;

class RebuildTest {

    private final DataSource dataSource = Plumbing.dataSource();

    @Test
    void rebuilding_replays_the_topic_into_the_same_projection() throws Exception {
        String topic = unique("rebuild");
        String consumer = unique("rebuilt-consumer");
        createTopic(topic, 3);
        Map<String, Integer> published;
        try (EventPublisher publisher = Plumbing.publisher()) {
            published = publishEvents(publisher, topic, 10, 150);
        }
        CountingProjection projection = new CountingProjection(dataSource, consumer);
        SimpleMeterRegistry metrics = new SimpleMeterRegistry();

        try (ProjectionRunner runner = new ProjectionRunner(
                new ConsumerSettings(bootstrapServers(), consumer, List.of(topic)), dataSource, projection, metrics)
                .start()) {
            await("every record is counted", Duration.ofSeconds(30), () -> projection.total() == 150);
            Map<String, Integer> before = projection.counts();
            assertThat(before).isEqualTo(published);
            // A bug spoiled the projection: wrong numbers and a row no event explains.
            projection.execute("UPDATE {counts} SET n = 999 WHERE key = 'k1'");
            projection.execute("INSERT INTO {counts} VALUES ('ghost', 1)");

            runner.rebuild().get(10, TimeUnit.SECONDS);
            await("the replay has caught up", Duration.ofSeconds(30),
                    () -> projection.total() == 150 && Plumbing.storedOffsetSum(dataSource, consumer) == 150);

            assertThat(projection.counts()).isEqualTo(before);
            assertThat(metrics.get("kaoping.consumer.applied").tag("consumer", consumer).counter().count())
                    .as("applied once, then once more in the replay").isEqualTo(300);
        }
    }

    @Test
    void a_closed_runner_refuses_to_rebuild() {
        String consumer = unique("closed");
        ProjectionRunner runner = new ProjectionRunner(
                new ConsumerSettings(bootstrapServers(), consumer, List.of(unique("rebuild"))), dataSource,
                new CountingProjection(dataSource, consumer)).start();
        runner.close();

        assertThat(runner.rebuild()).isCompletedExceptionally();
    }
}
