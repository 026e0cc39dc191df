package cn.kaoping.launcher;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The one-command local stack: {@code deploy/run.sh} (which builds, then runs this). Starts PostgreSQL and
 * Kafka with data in a folder that survives restarts, creates the databases and topics, starts the five
 * services, waits until each is ready and prints where they are. Ctrl-C stops everything.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args, Path.of(""));
        } catch (IllegalArgumentException e) {
            System.err.println("kaoping: " + e.getMessage());
            System.err.println(LaunchOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            out.println(LaunchOptions.USAGE);
            return;
        }
        DataFolder folder = new DataFolder(options.dataDirectory());
        try {
            if (options.wipe() || options.wipeOnly()) {
                folder.wipe();
                out.println("Wiped " + folder.root());
                if (options.wipeOnly()) {
                    return;
                }
            }
        } catch (IllegalStateException e) {
            System.err.println("kaoping: " + e.getMessage());
            System.exit(1);
        }

        long began = System.nanoTime();
        // SLF4J initialised once, here, before PostgreSQL and Kafka start on two threads at once.
        org.slf4j.LoggerFactory.getLogger(Launcher.class);
        LocalStack stack = new LocalStack(options, folder, out);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "kaoping-launcher-shutdown"));
        try {
            stack.start();
        } catch (RuntimeException e) {
            System.err.println();
            System.err.println("kaoping: the stack did not start: " + (e instanceof LocalStack.StartupFailure ? e.getMessage() : e));
            if (!(e instanceof LocalStack.StartupFailure)) {
                e.printStackTrace();
            }
            stack.close();
            System.exit(1);
        }
        stack.printSummary(Duration.ofNanos(System.nanoTime() - began));
        stack.watch();
    }
}
