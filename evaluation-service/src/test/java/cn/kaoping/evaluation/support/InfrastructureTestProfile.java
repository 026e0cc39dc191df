package cn.kaoping.evaluation.support;

import cn.kaoping.testkit.KaopingTestResource;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * The publishing and deadline tests run the service on a database of their own ({@value #DATABASE}): they
 * publish a drill rulebook with deadlines of seconds, and they stop and start the publisher and the
 * scheduler, which other tests must not see.
 */
public class InfrastructureTestProfile implements QuarkusTestProfile {

    public static final String DATABASE = "evaluation_infrastructure";

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(KaopingTestResource.class,
                Map.of(KaopingTestResource.DATABASE_ARG, DATABASE)));
    }

    /**
     * A Kafka outage fails a batch in seconds (instead of 20 s), so the tests see the publisher retry, and a
     * publisher that does not move for 2 s counts as stuck.
     */
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "kaoping.publishing.stuck-after", "2s",
                "kaoping.publishing.producer.\"delivery.timeout.ms\"", "3000",
                "kaoping.publishing.producer.\"request.timeout.ms\"", "1000",
                "kaoping.publishing.producer.\"max.block.ms\"", "2000");
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }
}
