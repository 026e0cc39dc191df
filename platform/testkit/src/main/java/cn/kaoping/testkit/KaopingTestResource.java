package cn.kaoping.testkit;

import cn.kaoping.contracts.EventRegistry;
import cn.kaoping.servers.Infrastructure;
import cn.kaoping.servers.KafkaTopics;
import cn.kaoping.servers.TokenMinter;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.HashMap;
import java.util.Map;

/**
 * Hands a Quarkus test the real servers of {@link Infrastructure#shared()}:
 * {@code @QuarkusTestResource(value = KaopingTestResource.class, initArgs = @ResourceArg(name = "database", value = "publicity"))}.
 *
 * <p>Sets the datasource (the database is created if missing), {@code kafka.bootstrap.servers}, and the JWT
 * verification key and issuer matching {@link Infrastructure#tokens()}, and creates every event topic. The servers
 * outlive the application:
 * one set serves every test class of the JVM.
 */
public class KaopingTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String DATABASE_ARG = "database";

    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.get(DATABASE_ARG);
        if (database == null || database.isBlank()) {
            throw new IllegalArgumentException("KaopingTestResource needs initArgs = @ResourceArg(name = \"database\", value = \"<service database>\")");
        }
    }

    @Override
    public Map<String, String> start() {
        Infrastructure infra = startWithOwnClassLoader();
        createEventTopics(infra.bootstrapServers());
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", infra.jdbcUrl(database));
        config.put("quarkus.datasource.username", infra.username());
        config.put("quarkus.datasource.password", infra.password());
        config.put("kafka.bootstrap.servers", infra.bootstrapServers());
        config.put("mp.jwt.verify.publickey.location", infra.publicKeyPem().toString());
        config.put("mp.jwt.verify.issuer", TokenMinter.ISSUER);
        config.put("quarkus.devservices.enabled", "false");
        return config;
    }

    /**
     * Quarkus runs test resources with its own class loader as the thread's context loader, while the Kafka
     * clients of the kit come from the system class path; Kafka loads its plugins (JmxReporter) through the
     * context loader and would fail with a ClassCastException.
     */
    private static Infrastructure startWithOwnClassLoader() {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(KaopingTestResource.class.getClassLoader());
        try {
            return Infrastructure.shared().start();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /**
     * Every event topic of the contracts, up front, with three partitions so that keys really spread: a consumer then
     * finds its topics at once, and a test that plays a producing service needs no set-up.
     */
    private static void createEventTopics(String bootstrapServers) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(KaopingTestResource.class.getClassLoader());
        try {
            String[] topics = EventRegistry.standard().descriptors().stream().map(d -> d.topic()).distinct()
                    .toArray(String[]::new);
            KafkaTopics.create(bootstrapServers, 3, (short) 1, false, topics);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Override
    public void stop() {
        // The shared servers stop when the JVM exits.
    }
}
