package cn.kaoping.runtime.projection;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the projection's consumer runs and reaches Kafka (always up in a service without a projection). */
@Readiness
@ApplicationScoped
public class ProjectionReadiness implements HealthCheck {

    private final ProjectionHost host;

    ProjectionReadiness(ProjectionHost host) {
        this.host = host;
    }

    @Override
    public HealthCheckResponse call() {
        if (!host.isHosting()) {
            return HealthCheckResponse.named("projection").up().withData("hosted", false).build();
        }
        HealthCheckResponseBuilder response = HealthCheckResponse.named("projection")
                .status(host.isReady())
                .withData("consumer", host.consumerName());
        host.status().ifPresent(status -> {
            response.withData("lag", status.lag()).withData("kafkaReachable", status.kafkaReachable());
            if (status.lastError() != null) {
                response.withData("lastError", status.lastError());
            }
        });
        return response.build();
    }
}
