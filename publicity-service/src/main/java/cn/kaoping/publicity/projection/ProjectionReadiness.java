package cn.kaoping.publicity.projection;

import cn.kaoping.kafka.ProjectionRunner;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the projection's consumer runs and reaches Kafka. */
@Readiness
@ApplicationScoped
public class ProjectionReadiness implements HealthCheck {

    private final ProjectionFeed feed;

    public ProjectionReadiness(ProjectionFeed feed) {
        this.feed = feed;
    }

    @Override
    public HealthCheckResponse call() {
        ProjectionRunner.Status status = feed.status();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("evaluation-projection")
                .status(feed.isReady())
                .withData("consumer", feed.consumerName());
        if (status != null) {
            response.withData("lag", status.lag()).withData("kafkaReachable", status.kafkaReachable());
            if (status.lastError() != null) {
                response.withData("lastError", status.lastError());
            }
        }
        return response.build();
    }
}
