package cn.kaoping.evaluation.infrastructure.deadlines;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.lang.management.ManagementFactory;
import java.util.UUID;

/**
 * This instance's deadline poller, started with the service (after Axon, whose command bus it uses) when
 * {@code kaoping.deadlines.enabled}.
 */
@ApplicationScoped
public class DeadlineScheduler {

    private final DeadlinePoller poller;
    private final boolean enabled;

    DeadlineScheduler(DeadlineFiring firing, DeadlineSettings settings) {
        this.enabled = settings.enabled();
        String instance = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
        this.poller = new DeadlinePoller(firing, settings.pollInterval(), instance);
    }

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) StartupEvent event) {
        if (enabled) {
            poller.start();
        }
    }

    void onStop(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) ShutdownEvent event) {
        poller.stop();
    }

    /** Starts polling (again). */
    public void start() {
        poller.start();
    }

    /** Stops polling; deadlines keep waiting in the database. */
    public void stop() {
        poller.stop();
    }

    public boolean isRunning() {
        return poller.isRunning();
    }
}
