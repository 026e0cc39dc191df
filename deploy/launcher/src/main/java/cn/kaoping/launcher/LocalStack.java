package cn.kaoping.launcher;

import cn.kaoping.servers.DevKeys;
import cn.kaoping.servers.EmbeddedPostgresServer;
import cn.kaoping.servers.ExternalPostgres;
import cn.kaoping.servers.FreePorts;
import cn.kaoping.servers.KafkaBrokerProcess;
import cn.kaoping.servers.KafkaTopics;
import cn.kaoping.servers.PostgresServer;
import cn.kaoping.servers.TokenMinter;

import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * PostgreSQL, Kafka and the services, started in that order and stopped in the reverse one. Every child
 * process is tied to this JVM (guards and stdin pipes), so even a killed launcher leaves nothing behind.
 */
final class LocalStack implements AutoCloseable {

    /** Services log in with this role on the embedded server; it owns their databases. */
    static final String SERVICE_ROLE = "kaoping";
    static final int TOPIC_PARTITIONS = 3;
    private static final Duration SERVICE_STOP_TIMEOUT = Duration.ofSeconds(20);

    private final LaunchOptions options;
    private final DataFolder folder;
    private final PrintStream out;
    private final List<ServiceProcess> services = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Map<String, RestartBackoff> backoffs = new HashMap<>();
    private volatile boolean stopping;
    private volatile PostgresServer postgres; // replaced by the supervisor when it restarts a dead one
    private KafkaBrokerProcess kafka;
    private String bootstrapServers;
    private String serviceUser;
    private String servicePassword;
    private DevKeys keys;

    LocalStack(LaunchOptions options, DataFolder folder, PrintStream out) {
        this.options = options;
        this.folder = folder;
        this.out = out;
    }

    /** Starts everything and waits until all services are ready; throws, with the reason, when they are not. */
    void start() {
        ExternalPostgres externalPostgres = ExternalPostgres.fromEnvironment();
        String externalKafka = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
        boolean embeddedKafka = externalKafka == null || externalKafka.isBlank();
        checkPortsAreFree(externalPostgres == null, embeddedKafka);
        checkServiceJarsExist();
        try {
            folder.claim();
        } catch (IllegalStateException e) {
            throw new StartupFailure(e.getMessage());
        }

        out.println("Data folder: " + folder.root());
        CompletableFuture<String> kafkaStarted = CompletableFuture.supplyAsync(() -> {
            if (!embeddedKafka) {
                return externalKafka.trim();
            }
            kafka = KafkaBrokerProcess.builder()
                    .port(options.kafkaPort())
                    .controllerPort(options.kafkaPort() + 1)
                    .dataDirectory(folder.kafka())
                    .logFile(folder.log("kafka"))
                    .defaultPartitions(TOPIC_PARTITIONS)
                    .keepRecordsForever(true)
                    .start();
            return kafka.bootstrapServers();
        });
        if (externalPostgres != null) {
            postgres = externalPostgres;
            serviceUser = externalPostgres.username();
            servicePassword = externalPostgres.password();
        } else {
            postgres = startEmbeddedPostgres();
            postgres.createLoginRole(SERVICE_ROLE, SERVICE_ROLE);
            serviceUser = SERVICE_ROLE;
            servicePassword = SERVICE_ROLE;
        }
        for (Service s : Service.ALL) {
            postgres.createDatabase(s.database(), externalPostgres == null ? SERVICE_ROLE : null);
        }
        out.println("PostgreSQL:  " + postgres.jdbcUrl("<service>") + "  (user " + serviceUser + "; databases "
                + Service.ALL.stream().map(Service::database).toList() + ")");
        keys = DevKeys.loadOrCreate(folder.keys());

        bootstrapServers = kafkaStarted.join();
        KafkaTopics.create(bootstrapServers, TOPIC_PARTITIONS, (short) 1, true,
                Service.ALL.stream().map(Service::topic).toArray(String[]::new));
        out.println("Kafka:       " + bootstrapServers + "  (topics " + Service.ALL.stream().map(Service::topic).toList() + ")");

        if (options.withServices()) {
            startServices();
        }
    }

    private void startServices() {
        long began = System.nanoTime();
        for (Service s : options.services()) {
            if (stopping) {
                return;
            }
            services.add(ServiceProcess.start(s, options.repository(), s.port(options.basePort()), environmentOf(s), folder.log(s.module())));
        }
        out.println("Starting " + services.size() + " services (logs in " + folder.root().resolve("logs") + ") ...");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        Set<ServiceProcess> waiting = new LinkedHashSet<>(services);
        long deadline = began + options.readyTimeout().toNanos();
        while (!waiting.isEmpty() && !stopping) {
            for (ServiceProcess p : List.copyOf(waiting)) {
                if (!p.isAlive()) {
                    throw new StartupFailure(p.service().module() + " exited with code " + p.exitCode() + " before it was ready; "
                            + "last lines of " + p.logFile() + ":\n" + LogTail.of(p.logFile(), 40));
                }
                if (p.isReady(http)) {
                    waiting.remove(p);
                    out.printf("  %-20s ready after %.1f s%n", p.service().module(), (System.nanoTime() - began) / 1e9);
                }
            }
            if (!waiting.isEmpty() && System.nanoTime() > deadline) {
                StringBuilder why = new StringBuilder("not ready within " + options.readyTimeout().toSeconds() + " s:");
                for (ServiceProcess p : waiting) {
                    why.append("\n--- ").append(p.service().module()).append(" (").append(p.logFile()).append(") ---\n")
                            .append(LogTail.of(p.logFile(), 25));
                }
                throw new StartupFailure(why.toString());
            }
            sleep(500);
        }
    }

    PostgresServer postgres() {
        return postgres;
    }

    KafkaBrokerProcess kafka() {
        return kafka;
    }

    /**
     * The pid of a child as it runs now ({@code postgres}, {@code kafka} or a service name such as {@code evaluation});
     * -1 when it does not run or is not ours (an external server).
     */
    long pidOf(String child) {
        if (child.equals("postgres")) {
            return postgres instanceof EmbeddedPostgresServer embedded ? embedded.postmasterPid() : -1;
        }
        if (child.equals("kafka")) {
            return kafka == null ? -1 : kafka.pid();
        }
        Service wanted = Service.named(child);
        return services.stream().filter(p -> p.service().equals(wanted) && p.isAlive()).mapToLong(ServiceProcess::pid)
                .findFirst().orElse(-1);
    }

    String serviceUser() {
        return serviceUser;
    }

    String servicePassword() {
        return servicePassword;
    }

    DevKeys keys() {
        return keys;
    }

    Map<String, String> environmentOf(Service s) {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(s.port(options.basePort())));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(s.database()));
        env.put("QUARKUS_DATASOURCE_USERNAME", serviceUser);
        env.put("QUARKUS_DATASOURCE_PASSWORD", servicePassword);
        env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers);
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys.publicKeyPem().toString());
        env.put("MP_JWT_VERIFY_ISSUER", TokenMinter.ISSUER);
        env.put("KAOPING_EXIT_WITH_PARENT", "true");
        return env;
    }

    private EmbeddedPostgresServer startEmbeddedPostgres() {
        return EmbeddedPostgresServer.builder()
                .port(options.pgPort())
                .dataDirectory(folder.postgres())
                .durable(true)
                .logFile(folder.log("postgres"))
                .start();
    }

    /**
     * Blocks while the stack runs and supervises every child, like a process supervisor would: a service, the
     * Kafka broker or the embedded PostgreSQL that dies is told about and started again on the same port and data
     * after a growing pause ({@link RestartBackoff}). Meanwhile the services' readiness says DOWN where they depend on
     * it, and comes back UP by itself.
     */
    void watch() {
        while (!stopping) {
            superviseOnce();
            sleep(500);
        }
    }

    /** One round of supervision (package-private for the tests). */
    synchronized void superviseOnce() {
        if (stopping) {
            return;
        }
        if (postgres instanceof EmbeddedPostgresServer embedded
                && ProcessHandle.of(embedded.postmasterPid()).map(ProcessHandle::isAlive).orElse(false) == false) {
            supervise("postgres", folder.log("postgres"), () -> {
                try {
                    embedded.close(); // releases its guard and lock files; the server itself is gone
                } catch (RuntimeException alreadyGone) {
                    // nothing left to stop
                }
                postgres = startEmbeddedPostgres();
                return "on port " + options.pgPort();
            });
        }
        if (kafka != null && !kafka.isRunning()) {
            supervise("kafka", kafka.logFile(), () -> {
                kafka.start();
                return "at " + kafka.bootstrapServers();
            });
        }
        for (int i = 0; i < services.size(); i++) {
            ServiceProcess p = services.get(i);
            if (!p.isAlive()) {
                int slot = i;
                supervise(p.service().module(), p.logFile(), () -> {
                    p.forget();
                    Service s = p.service();
                    ServiceProcess again = ServiceProcess.start(s, options.repository(), s.port(options.basePort()),
                            environmentOf(s), folder.log(s.module()));
                    services.set(slot, again);
                    return "(pid " + again.pid() + ")";
                });
            }
        }
    }

    private void supervise(String child, Path log, java.util.function.Supplier<String> restart) {
        RestartBackoff backoff = backoffs.computeIfAbsent(child, c -> new RestartBackoff());
        if (!backoff.pending()) {
            Duration pause = backoff.died();
            out.printf("!! %s exited; starting it again in %.0f s; see %s%n", child, pause.toMillis() / 1000.0, log);
            return;
        }
        if (!backoff.due()) {
            return;
        }
        try {
            String where = restart.get();
            out.println("   " + child + " started again " + where + " (restart " + backoff.restarted() + ")");
        } catch (RuntimeException e) {
            Duration pause = backoff.died();
            out.printf("!! %s could not be started again (%s); next attempt in %.0f s%n", child, e.getMessage(),
                    pause.toMillis() / 1000.0);
        }
    }

    void printSummary(Duration took) {
        out.println();
        out.printf("Kaoping is ready (%s in %.1f s). Ctrl-C stops everything.%n",
                services.isEmpty() ? "PostgreSQL and Kafka" : "all " + services.size() + " services", took.toMillis() / 1000.0);
        for (ServiceProcess p : services) {
            out.printf("  %-20s %s   Swagger UI %s/q/swagger-ui   health %s/q/health/ready%n",
                    p.service().module(), p.baseUrl(), p.baseUrl(), p.baseUrl());
        }
        out.println("  PostgreSQL           " + postgres.jdbcUrl("<service>") + "   user " + serviceUser + " / " + servicePassword);
        out.println("  Kafka                " + bootstrapServers);
        out.println("  JWT public key       " + keys.publicKeyPem());
        String mint = "deploy/mint-token.sh" + (isDefaultDataFolder() ? "" : " --data " + folder.root());
        out.println("A token (valid 12 h), for example:");
        out.println("  " + mint + " --sub admin-1 --groups ADMIN");
        out.println("  " + mint + " --sub officer-1 --unit <unit id> --groups UNIT_LEGAL_OFFICER");
        if (!services.isEmpty()) {
            out.println("  curl -H \"Authorization: Bearer $(" + mint + " --sub admin-1 --groups ADMIN)\" "
                    + services.get(0).baseUrl() + "/q/health/ready");
        }
        if (services.isEmpty()) {
            out.println("A service from the IDE or `mvn quarkus:dev` uses these with:");
            out.println("  QUARKUS_DATASOURCE_JDBC_URL=" + postgres.jdbcUrl("<service>") + " QUARKUS_DATASOURCE_USERNAME=" + serviceUser
                    + " QUARKUS_DATASOURCE_PASSWORD=" + servicePassword + " KAFKA_BOOTSTRAP_SERVERS=" + bootstrapServers);
            out.println("  MP_JWT_VERIFY_PUBLICKEY_LOCATION=" + keys.publicKeyPem() + " MP_JWT_VERIFY_ISSUER=" + TokenMinter.ISSUER);
        }
    }

    private boolean isDefaultDataFolder() {
        return folder.root().equals(options.repository().resolve(".kaoping-data"));
    }

    /** Services first (they still reach Kafka and PostgreSQL while they shut down), then Kafka, then PostgreSQL. */
    @Override
    public synchronized void close() {
        if (stopping) {
            return;
        }
        stopping = true;
        out.println("Stopping ...");
        List<CompletableFuture<Void>> stops = new ArrayList<>();
        for (ServiceProcess p : services) {
            stops.add(CompletableFuture.runAsync(() -> p.stop(SERVICE_STOP_TIMEOUT)));
        }
        stops.forEach(CompletableFuture::join);
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
        folder.release();
        out.println("Stopped.");
    }

    private void checkPortsAreFree(boolean embeddedPostgres, boolean embeddedKafka) {
        List<String> busy = new ArrayList<>();
        if (embeddedPostgres && !FreePorts.isFree(options.pgPort())) {
            busy.add(options.pgPort() + " (PostgreSQL; --pg-port)");
        }
        if (embeddedKafka) {
            for (int p : new int[] {options.kafkaPort(), options.kafkaPort() + 1}) {
                if (!FreePorts.isFree(p)) {
                    busy.add(p + " (Kafka; --kafka-port)");
                }
            }
        }
        if (options.withServices()) {
            for (Service s : options.services()) {
                if (!FreePorts.isFree(s.port(options.basePort()))) {
                    busy.add(s.port(options.basePort()) + " (" + s.module() + "; --base-port)");
                }
            }
        }
        if (!busy.isEmpty()) {
            throw new StartupFailure("ports in use: " + String.join(", ", busy));
        }
    }

    private void checkServiceJarsExist() {
        if (!options.withServices()) {
            return;
        }
        List<String> missing = options.services().stream().map(s -> s.runnableJar(options.repository()))
                .filter(p -> !Files.exists(p)).map(Path::toString).toList();
        if (!missing.isEmpty()) {
            throw new StartupFailure("not built yet (run deploy/run.sh without --no-build, or mvn -DskipTests install): " + missing);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The stack could not start; the message says why in words a developer can act on. */
    static final class StartupFailure extends RuntimeException {
        StartupFailure(String message) {
            super(message);
        }
    }
}
