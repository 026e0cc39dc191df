package cn.kaoping.servers;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real Apache Kafka broker (KRaft, one node that is broker and controller) in a child JVM.
 *
 * <p>The child runs {@link KafkaServerMain} (format the storage if new, then {@code kafka.Kafka}) under
 * {@link ExitWhenParentDies}: it exits when this JVM dies. It can be {@link #stop() stopped} or
 * {@link #kill() killed} and {@link #start() started} again on the same ports and data, which is how tests
 * take Kafka away from a running service.
 */
public final class KafkaBrokerProcess implements AutoCloseable {

    private static final String TEMP_PREFIX = "kaoping-kafka-";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final int port;
    private final int controllerPort;
    private final Path directory;
    private final boolean temporary;
    private final Path logFile;
    private final String heap;
    private final int defaultPartitions;
    private final boolean keepForever;
    private Process process;
    private boolean closed;

    private KafkaBrokerProcess(Builder b) throws IOException {
        this.port = b.port > 0 ? b.port : FreePorts.pick();
        this.controllerPort = b.controllerPort > 0 ? b.controllerPort : FreePorts.pick();
        this.temporary = b.dataDirectory == null;
        this.directory = temporary ? TemporaryDirectories.create(TEMP_PREFIX) : Files.createDirectories(b.dataDirectory.toAbsolutePath());
        this.logFile = b.logFile != null ? b.logFile.toAbsolutePath() : directory.resolve("broker.log");
        this.heap = b.heap;
        this.defaultPartitions = b.defaultPartitions;
        this.keepForever = b.keepForever;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private int port;
        private int controllerPort;
        private Path dataDirectory;
        private Path logFile;
        private String heap = "512m";
        private int defaultPartitions = 1;
        private boolean keepForever;

        /** Client port; 0 (the default) picks a free one, kept across restarts of this object. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** KRaft controller port; 0 (the default) picks a free one. */
        public Builder controllerPort(int controllerPort) {
            this.controllerPort = controllerPort;
            return this;
        }

        /** Kept between runs. Without one, a temporary directory is used and deleted on {@link #close()}. */
        public Builder dataDirectory(Path dataDirectory) {
            this.dataDirectory = dataDirectory;
            return this;
        }

        /** The broker's output; default {@code broker.log} in the data directory. */
        public Builder logFile(Path logFile) {
            this.logFile = logFile;
            return this;
        }

        /** Maximum heap of the child JVM, e.g. {@code 512m}. */
        public Builder heap(String heap) {
            this.heap = heap;
            return this;
        }

        /** Partitions of topics the broker creates on first use. */
        public Builder defaultPartitions(int defaultPartitions) {
            this.defaultPartitions = defaultPartitions;
            return this;
        }

        /**
         * Records are never deleted by age or size. Right for the local stack: services rebuild their
         * projections by replaying topics from the start.
         */
        public Builder keepRecordsForever(boolean keepForever) {
            this.keepForever = keepForever;
            return this;
        }

        /** Builds and starts the broker; returns when it answers. */
        public KafkaBrokerProcess start() {
            try {
                KafkaBrokerProcess broker = new KafkaBrokerProcess(this);
                broker.start();
                return broker;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot prepare the Kafka broker", e);
            }
        }
    }

    public int port() {
        return port;
    }

    public int controllerPort() {
        return controllerPort;
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public Path dataDirectory() {
        return directory;
    }

    public Path logFile() {
        return logFile;
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Pid of the broker JVM; -1 when it does not run. */
    public synchronized long pid() {
        return isRunning() ? process.pid() : -1;
    }

    /** Starts the broker (formatting new storage first) and waits until it answers. No-op when running. */
    public synchronized void start() {
        if (closed) {
            throw new IllegalStateException("closed");
        }
        if (isRunning()) {
            return;
        }
        long began = System.nanoTime();
        try {
            Path properties = writeServerProperties();
            Path log4j = writeLog4jConfiguration();
            Files.createDirectories(logFile.getParent());
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xms64m", "-Xmx" + heap,
                    "-XX:+ExitOnOutOfMemoryError",
                    "-Djava.awt.headless=true",
                    // Kafka logs until its own shutdown hook is done; log4j's hook would stop logging first.
                    "-Dlog4j2.shutdownHookEnabled=false",
                    "-Dlog4j2.configurationFile=" + log4j.toUri(),
                    "-cp", BrokerClasspath.resolve(),
                    ExitWhenParentDies.class.getName(),
                    KafkaServerMain.class.getName(),
                    properties.toString(),
                    clusterId()));
            // stdin stays a pipe that only we hold: ExitWhenParentDies ends the broker when we die.
            process = new ProcessBuilder(Processes.detachedFromTerminal(command))
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
            awaitReady(began);
            System.err.printf("[kaoping-servers] Kafka broker on %s (pid %d, data %s) started in %d ms%n",
                    bootstrapServers(), process.pid(), directory, (System.nanoTime() - began) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the Kafka broker", e);
        }
    }

    /** Orderly shutdown (SIGTERM, the broker's own shutdown hook), SIGKILL if it takes too long. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        Process p = process;
        p.toHandle().destroy(); // SIGTERM only: Process.destroy() would also close stdin, which reads as "parent died"
        try {
            if (!p.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
        }
        closeStdin(p);
        process = null;
    }

    /** SIGKILL: the broker vanishes as in a crash; {@link #start()} recovers its logs. */
    public synchronized void kill() {
        if (process == null) {
            return;
        }
        Process p = process;
        p.destroyForcibly();
        try {
            p.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeStdin(p);
        process = null;
    }

    /** Stops the broker; a temporary data directory is deleted. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        stop();
        closed = true;
        if (temporary) {
            TemporaryDirectories.delete(directory);
        }
    }

    /** Creates topics unless they exist (replication factor 1: there is one broker). */
    public void createTopics(int partitions, String... names) {
        KafkaTopics.create(bootstrapServers(), partitions, (short) 1, keepForever, names);
    }

    /** Creates topics unless they exist (replication factor must be 1 on this single broker). */
    public void createTopics(Collection<NewTopic> topics) {
        KafkaTopics.create(bootstrapServers(), topics);
    }

    /** An admin client for this broker; the caller closes it. */
    public Admin admin() {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
        return KitAdmin.create(p);
    }

    private void awaitReady(long began) {
        long deadline = began + READY_TIMEOUT.toNanos();
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000);
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3_000);
        p.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 200);
        try (Admin admin = KitAdmin.create(p)) {
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the Kafka broker exited with code " + process.exitValue()
                            + "; last lines of " + logFile + ":\n" + tail(logFile, 40));
                }
                try {
                    if (!admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty()) {
                        admin.listTopics().names().get(3, TimeUnit.SECONDS);
                        return;
                    }
                } catch (ExecutionException | TimeoutException e) {
                    // not up yet
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
                if (System.nanoTime() > deadline) {
                    kill();
                    throw new IllegalStateException("the Kafka broker did not answer within " + READY_TIMEOUT
                            + "; last lines of " + logFile + ":\n" + tail(logFile, 40));
                }
                Processes.sleep(200);
            }
        }
    }

    private Path writeServerProperties() throws IOException {
        Path logDirs = directory.resolve("logs");
        Files.createDirectories(logDirs);
        StringBuilder s = new StringBuilder()
                .append("# Written by cn.kaoping.servers.KafkaBrokerProcess on every start.\n")
                .append("process.roles=broker,controller\n")
                .append("node.id=1\n")
                .append("controller.quorum.voters=1@localhost:").append(controllerPort).append('\n')
                .append("listeners=PLAINTEXT://localhost:").append(port)
                .append(",CONTROLLER://localhost:").append(controllerPort).append('\n')
                .append("advertised.listeners=PLAINTEXT://localhost:").append(port).append('\n')
                .append("listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT\n")
                .append("controller.listener.names=CONTROLLER\n")
                .append("inter.broker.listener.name=PLAINTEXT\n")
                .append("log.dirs=").append(logDirs.toString().replace("\\", "/")).append('\n')
                .append("num.partitions=").append(defaultPartitions).append('\n')
                .append("auto.create.topics.enable=true\n")
                .append("default.replication.factor=1\n")
                .append("min.insync.replicas=1\n")
                // One node: internal topics cannot have more than one replica.
                .append("offsets.topic.replication.factor=1\n")
                .append("offsets.topic.num.partitions=10\n")
                .append("transaction.state.log.replication.factor=1\n")
                .append("transaction.state.log.min.isr=1\n")
                .append("transaction.state.log.num.partitions=5\n")
                .append("share.coordinator.state.topic.replication.factor=1\n")
                .append("share.coordinator.state.topic.min.isr=1\n")
                // Consumers in tests join at once instead of waiting 3 s for company.
                .append("group.initial.rebalance.delay.ms=0\n")
                // After a kill, the new broker cannot register until the dead one's session expires (default 9 s).
                .append("broker.session.timeout.ms=3000\n")
                .append("broker.heartbeat.interval.ms=500\n")
                .append("num.network.threads=2\n")
                .append("num.io.threads=4\n")
                .append("num.recovery.threads.per.data.dir=2\n");
        if (keepForever) {
            s.append("log.retention.ms=-1\n").append("log.retention.bytes=-1\n");
        }
        Path file = directory.resolve("server.properties");
        Files.writeString(file, s.toString(), StandardCharsets.UTF_8);
        return file;
    }

    private Path writeLog4jConfiguration() throws IOException {
        Path file = directory.resolve("log4j2.properties");
        Files.writeString(file, """
                status = warn
                appender.out.type = Console
                appender.out.name = OUT
                appender.out.layout.type = PatternLayout
                appender.out.layout.pattern = %d{HH:mm:ss.SSS} %-5p [%c] %m%n
                rootLogger.level = WARN
                rootLogger.appenderRef.out.ref = OUT
                logger.raft.name = kafka.server.KafkaRaftServer
                logger.raft.level = INFO
                logger.broker.name = kafka.server.BrokerServer
                logger.broker.level = INFO
                logger.controller.name = kafka.server.ControllerServer
                logger.controller.level = INFO
                """, StandardCharsets.UTF_8);
        return file;
    }

    /** The cluster id of formatted storage, or a new one (used only when the storage is new). */
    private String clusterId() throws IOException {
        Path meta = directory.resolve("logs").resolve("meta.properties");
        if (Files.exists(meta)) {
            Properties p = new Properties();
            try (var in = Files.newInputStream(meta)) {
                p.load(in);
            }
            String id = p.getProperty("cluster.id");
            if (id != null) {
                return id;
            }
        }
        return Uuid.randomUuid().toString();
    }

    private static void closeStdin(Process p) {
        try {
            p.getOutputStream().close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | RuntimeException e) {
            return "(cannot read " + file + ": " + e + ")";
        }
    }

    @Override
    public String toString() {
        return "Kafka broker " + bootstrapServers() + " (data " + directory + ")";
    }
}
