package cn.kaoping.servers;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The real servers of the tests: one PostgreSQL and one Kafka broker per JVM, started on first use on free
 * ports, stopped when the JVM exits (and, should it be killed, by the guards of the servers themselves).
 *
 * <p>External servers instead: env {@code KAFKA_BOOTSTRAP_SERVERS}; env {@code KAOPING_JDBC_URL} (any database of
 * the server, e.g. {@code jdbc:postgresql://host:5432/postgres}) with {@code KAOPING_JDBC_USER} and
 * {@code KAOPING_JDBC_PASSWORD}. Then nothing is started for that server.
 */
public final class Infrastructure {

    private static Infrastructure shared;

    private final Map<String, Object> servers;
    private TokenMinter tokens;

    private Infrastructure(Map<String, Object> servers) {
        this.servers = servers;
    }

    /** The servers of this JVM, the same whichever class loader asks (Quarkus tests use several). */
    public static synchronized Infrastructure shared() {
        if (shared == null) {
            shared = new Infrastructure(jvmWideRegistry());
        }
        return shared;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> jvmWideRegistry() {
        ClassLoader system = ClassLoader.getSystemClassLoader();
        if (SharedServers.class.getClassLoader() != system) {
            try {
                Class<?> owner = Class.forName(SharedServers.class.getName(), true, system);
                return (Map<String, Object>) owner.getMethod("registry").invoke(null);
            } catch (ClassNotFoundException e) {
                // The test kit is not on the system class path: this class loader owns the servers.
            } catch (NoSuchMethodException | IllegalAccessException e) {
                throw new IllegalStateException(e);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException("cannot start the shared servers", e.getCause());
            }
        }
        return SharedServers.registry();
    }

    /** Starts PostgreSQL and Kafka side by side (each would otherwise start on first use). */
    public Infrastructure start() {
        ((Runnable) servers.get("startAll")).run();
        return this;
    }

    public String bootstrapServers() {
        return supplied("bootstrapServers");
    }

    /** JDBC URL of the database, which is created if missing. */
    @SuppressWarnings("unchecked")
    public String jdbcUrl(String database) {
        return ((Function<String, String>) servers.get("jdbcUrl")).apply(database);
    }

    public String username() {
        return supplied("username");
    }

    public String password() {
        return supplied("password");
    }

    /** PEM file of the public key that verifies {@link #tokens()}' tokens. */
    public Path publicKeyPem() {
        return Path.of(this.<String>supplied("keysDirectory")).resolve(DevKeys.PUBLIC_KEY_FILE);
    }

    /** Mints tokens signed by the key pair of this JVM, issuer {@value TokenMinter#ISSUER}. */
    public synchronized TokenMinter tokens() {
        if (tokens == null) {
            tokens = DevKeys.load(Path.of(this.<String>supplied("keysDirectory"))).tokens();
        }
        return tokens;
    }

    /** Orderly stop of the embedded broker (fails with external Kafka). {@link #startKafka()} brings it back. */
    public void stopKafka() {
        ((Runnable) servers.get("kafka.stop")).run();
    }

    /** SIGKILL of the embedded broker, as in a crash. {@link #startKafka()} brings it back on the same port. */
    public void killKafka() {
        ((Runnable) servers.get("kafka.kill")).run();
    }

    /** Starts the embedded broker again on its port and data; returns once it answers. */
    public void startKafka() {
        ((Runnable) servers.get("kafka.start")).run();
    }

    @SuppressWarnings("unchecked")
    private <T> T supplied(String key) {
        return ((Supplier<T>) servers.get(key)).get();
    }
}
