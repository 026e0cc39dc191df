package cn.kaoping.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The servers behind {@link Infrastructure#shared()}: one set per JVM, started lazily, stopped by a shutdown
 * hook. Internal to the test kit; public only so that {@link Infrastructure} can reach it across class loaders.
 *
 * <p>Quarkus loads a test's application, and the test kit with it, in a class loader of its own, and a new one
 * for each restart (another test profile, say). Static state there would start a second PostgreSQL and Kafka.
 * So the servers live in the system class loader, and every {@link Infrastructure} talks to them through a map
 * of JDK types ({@link Supplier}, {@link Function}, {@link Runnable}), which all class loaders share.
 */
public final class SharedServers {

    private static Map<String, Object> registry;

    private final Object postgresLock = new Object();
    private final Object kafkaLock = new Object();
    private final Object keysLock = new Object();
    private PostgresServer postgres;
    private KafkaBrokerProcess embeddedKafka;
    private String externalKafka;
    private DevKeys keys;
    private Path keysDirectory;

    private SharedServers() {
        externalKafka = blankToNull(System.getenv("KAFKA_BOOTSTRAP_SERVERS"));
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "kaoping-servers-shutdown"));
    }

    /** The one registry of this JVM (call it through the system class loader's copy of this class). */
    public static synchronized Map<String, Object> registry() {
        if (registry == null) {
            SharedServers s = new SharedServers();
            Map<String, Object> r = new ConcurrentHashMap<>();
            r.put("startAll", (Runnable) s::startAll);
            r.put("bootstrapServers", (Supplier<String>) s::bootstrapServers);
            r.put("jdbcUrl", (Function<String, String>) s::jdbcUrl);
            r.put("username", (Supplier<String>) () -> s.postgres().username());
            r.put("password", (Supplier<String>) () -> s.postgres().password());
            r.put("keysDirectory", (Supplier<String>) () -> s.keys().directory().toString());
            r.put("kafka.stop", (Runnable) () -> s.embeddedKafka("stop").stop());
            r.put("kafka.kill", (Runnable) () -> s.embeddedKafka("kill").kill());
            r.put("kafka.start", (Runnable) () -> s.embeddedKafka("start").start());
            r.put("postgres.port", (Supplier<Integer>) () -> s.postgres() instanceof EmbeddedPostgresServer e ? e.port() : -1);
            registry = r;
        }
        return registry;
    }

    private void startAll() {
        CompletableFuture<Void> kafka = CompletableFuture.runAsync(this::bootstrapServers);
        postgres();
        kafka.join();
    }

    private String bootstrapServers() {
        if (externalKafka != null) {
            return externalKafka;
        }
        synchronized (kafkaLock) {
            if (embeddedKafka == null) {
                embeddedKafka = KafkaBrokerProcess.builder().defaultPartitions(1).start();
            }
            return embeddedKafka.bootstrapServers();
        }
    }

    private KafkaBrokerProcess embeddedKafka(String action) {
        if (externalKafka != null) {
            throw new IllegalStateException("cannot " + action + " an external Kafka (KAFKA_BOOTSTRAP_SERVERS=" + externalKafka + ")");
        }
        bootstrapServers();
        synchronized (kafkaLock) {
            return embeddedKafka;
        }
    }

    private PostgresServer postgres() {
        synchronized (postgresLock) {
            if (postgres == null) {
                ExternalPostgres external = ExternalPostgres.fromEnvironment();
                postgres = external != null ? external : EmbeddedPostgresServer.builder().start();
            }
            return postgres;
        }
    }

    private String jdbcUrl(String database) {
        PostgresServer pg = postgres();
        pg.createDatabase(database);
        return pg.jdbcUrl(database);
    }

    private DevKeys keys() {
        synchronized (keysLock) {
            if (keys == null) {
                try {
                    keysDirectory = TemporaryDirectories.create("kaoping-keys-");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                keys = DevKeys.loadOrCreate(keysDirectory);
            }
            return keys;
        }
    }

    private void stopAll() {
        synchronized (kafkaLock) {
            if (embeddedKafka != null) {
                embeddedKafka.kill(); // temporary data: no need for an orderly shutdown
                embeddedKafka.close();
            }
        }
        synchronized (postgresLock) {
            if (postgres != null) {
                postgres.close();
            }
        }
        synchronized (keysLock) {
            if (keysDirectory != null) {
                TemporaryDirectories.delete(keysDirectory);
            }
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
