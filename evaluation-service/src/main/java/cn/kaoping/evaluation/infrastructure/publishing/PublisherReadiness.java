package cn.kaoping.evaluation.infrastructure.publishing;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * DOWN when the publisher is stuck: events wait in the event store and its token has not moved for
 * {@code kaoping.publishing.stuck-after}, or its processor does not run in this instance.
 */
@Readiness
@ApplicationScoped
public class PublisherReadiness implements HealthCheck {

    private final PublisherProgress progress;

    PublisherReadiness(PublisherProgress progress) {
        this.progress = progress;
    }

    @Override
    public HealthCheckResponse call() {
        PublisherStatus status = progress.status();
        return HealthCheckResponse.named("evaluation-event-publisher")
                .status(status.running() && !status.stuck())
                .withData("position", status.position())
                .withData("lag", status.lag())
                .withData("running", status.running())
                .withData("retrying", status.error())
                .withData("secondsWithoutProgress", status.sinceProgress().toSeconds())
                .build();
    }
}
