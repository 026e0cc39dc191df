package cn.kaoping.web.lifecycle;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * With {@code kaoping.exit-with-parent=true}, a service started by the local launcher never outlives it:
 * the launcher keeps the service's standard input open, and when the launcher dies (even by SIGKILL)
 * the pipe closes, this watcher reads end-of-file and shuts the service down. Off by default, because a
 * service run by a process manager may have no standard input at all.
 */
@ApplicationScoped
public class ExitWithParent {

    private static final Logger LOG = Logger.getLogger(ExitWithParent.class);
    /** If a clean shutdown hangs (a stuck consumer), the JVM is halted after this grace period. */
    static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(30);

    private final ParentProcessConfig config;

    @Inject
    public ExitWithParent(ParentProcessConfig config) {
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.enabled()) {
            LOG.info("kaoping.exit-with-parent: this service stops when its standard input closes");
            watch(System.in, ExitWithParent::exit);
        }
    }

    /** Starts a daemon thread that reads {@code in} to its end, then runs {@code onEnd}. */
    static Thread watch(InputStream in, Runnable onEnd) {
        Thread watcher = new Thread(() -> {
            byte[] buffer = new byte[256];
            try {
                while (in.read(buffer) >= 0) {
                    // The launcher writes nothing; anything read is discarded.
                }
            } catch (IOException closed) {
                // A broken pipe means the same as end-of-file: the parent is gone.
            }
            onEnd.run();
        }, "kaoping-exit-with-parent");
        watcher.setDaemon(true);
        watcher.start();
        return watcher;
    }

    private static void exit() {
        LOG.info("Standard input closed: the parent process is gone, shutting down");
        Thread halter = new Thread(() -> {
            try {
                Thread.sleep(SHUTDOWN_GRACE.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            LOG.warn("Shutdown did not finish within " + SHUTDOWN_GRACE + ", halting");
            Runtime.getRuntime().halt(1);
        }, "kaoping-exit-with-parent-halt");
        halter.setDaemon(true);
        halter.start();
        Quarkus.asyncExit();
    }
}
