package cn.kaoping.launcher;

import cn.kaoping.servers.DevKeys;
import cn.kaoping.servers.FreePorts;
import cn.kaoping.servers.TokenMinter;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The local stack for programs outside this package, such as the end-to-end tests: PostgreSQL, Kafka and the
 * chosen services from their built jars ({@code <service>/target/quarkus-app/quarkus-run.jar}), on free ports,
 * with data in a folder of the caller's choice. {@link #close()} stops everything in order; a JVM that dies
 * first leaves nothing behind either (the guards of {@link LocalStack}).
 */
public final class EmbeddedStack implements AutoCloseable {

    private static final int PORT_ATTEMPTS = 50;

    private final LocalStack stack;
    private final LaunchOptions options;
    private final DataFolder folder;
    private final Thread shutdownHook;
    private Thread supervisor;

    private EmbeddedStack(LocalStack stack, LaunchOptions options, DataFolder folder) {
        this.stack = stack;
        this.options = options;
        this.folder = folder;
        this.shutdownHook = new Thread(stack::close, "kaoping-embedded-stack-shutdown");
    }

    /**
     * Starts the stack and waits until every service answers ready; throws, with the reason and the last lines
     * of the logs, when one does not within {@code readyTimeout} (and then has stopped what it started).
     *
     * @param repository the repository root (where {@code evaluation-service/} etc. are)
     * @param services   service names, e.g. {@code evaluation}, {@code publicity}
     */
    public static EmbeddedStack start(Path repository, Path dataDirectory, List<String> services,
                                      Duration readyTimeout, PrintStream out) {
        List<Service> chosen = services.stream().map(Service::named).toList();
        int span = chosen.stream().mapToInt(Service::portOffset).max().orElse(0) + 1;
        List<String> args = new ArrayList<>(List.of(
                "--repo", repository.toString(),
                "--data", dataDirectory.toString(),
                "--base-port", Integer.toString(freePorts(span)),
                "--kafka-port", Integer.toString(freePorts(2)),
                "--pg-port", Integer.toString(freePorts(1)),
                "--ready-timeout", Long.toString(Math.max(1, readyTimeout.toSeconds()))));
        if (chosen.isEmpty()) {
            args.add("--no-services");
        } else {
            args.add("--services");
            args.add(String.join(",", chosen.stream().map(Service::name).toList()));
        }
        LaunchOptions options = LaunchOptions.parse(args.toArray(String[]::new), repository);
        DataFolder folder = new DataFolder(options.dataDirectory());
        EmbeddedStack embedded = new EmbeddedStack(new LocalStack(options, folder, out), options, folder);
        Runtime.getRuntime().addShutdownHook(embedded.shutdownHook);
        try {
            embedded.stack.start();
        } catch (RuntimeException e) {
            embedded.close();
            throw e;
        }
        return embedded;
    }

    /**
     * Supervises the children from now on as {@code deploy/run.sh} does ({@link LocalStack#watch()}): one that dies
     * is started again with backoff and told on the output. Ends with {@link #close()}.
     */
    public synchronized EmbeddedStack supervised() {
        if (supervisor == null) {
            supervisor = new Thread(stack::watch, "kaoping-embedded-stack-supervisor");
            supervisor.setDaemon(true);
            supervisor.start();
        }
        return this;
    }

    /**
     * The pid of a child as it runs now: {@code postgres}, {@code kafka} or a service ({@code evaluation}); -1 while
     * it does not run (e.g. between a crash and its restart) or when the server is an external one.
     */
    public long pid(String child) {
        return stack.pidOf(child);
    }

    /** E.g. {@code http://localhost:41234} for {@code evaluation}. */
    public String baseUrl(String service) {
        return "http://localhost:" + Service.named(service).port(options.basePort());
    }

    public String bootstrapServers() {
        if (stack.kafka() != null) {
            return stack.kafka().bootstrapServers();
        }
        return System.getenv("KAFKA_BOOTSTRAP_SERVERS").trim();
    }

    /** A JDBC URL of the stack's PostgreSQL for a database ({@code evaluation}, …), e.g. for benchmark baselines. */
    public String jdbcUrl(String database) {
        return stack.postgres().jdbcUrl(database);
    }

    /** The user that owns the services' databases, and its password. */
    public String[] databaseCredentials() {
        return new String[] {stack.serviceUser(), stack.servicePassword()};
    }

    /** The development key pair the services verify tokens with. */
    public DevKeys keys() {
        return stack.keys();
    }

    public TokenMinter tokens() {
        return stack.keys().tokens();
    }

    /** The log file of a service ({@code evaluation}) or of {@code postgres} / {@code kafka}. */
    public Path logFile(String name) {
        boolean service = Service.ALL.stream().anyMatch(s -> s.name().equals(name.replace("-service", "")));
        return folder.log(service ? Service.named(name).module() : name);
    }

    @Override
    public void close() {
        stack.close();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook runs (or ran) close() itself
        }
    }

    /** The first of {@code count} consecutive ports that are free right now. */
    private static int freePorts(int count) {
        for (int attempt = 0; attempt < PORT_ATTEMPTS; attempt++) {
            int first = FreePorts.pick();
            if (first + count - 1 <= 65535 && IntStream.range(1, count).allMatch(k -> FreePorts.isFree(first + k))) {
                return first;
            }
        }
        throw new IllegalStateException("no " + count + " consecutive free ports found");
    }
}
