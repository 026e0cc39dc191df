package cn.kaoping.publicity.support;

import cn.kaoping.contracts.Topics;
import cn.kaoping.servers.KafkaTopics;
import cn.kaoping.testkit.KaopingTestResource;
import java.util.HashMap;
import java.util.Map;

/**
 * The test kit's PostgreSQL and Kafka for publicity-service (the kit creates every event topic), plus what is
 * publicity's own: its consumer's dead-letter topic, read by the poison-record test, and the base URL the digest
 * links to. Declared once ({@link TestServers}) so that every test class shares one application instance.
 */
public class PublicityTestResource extends KaopingTestResource {

    /** {@code kaoping.projection.name} of application.properties. */
    public static final String CONSUMER = "publicity-projection";

    @Override
    public void init(Map<String, String> initArgs) {
        super.init(Map.of(DATABASE_ARG, "publicity"));
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(KafkaTopics.class.getClassLoader()); // see KaopingTestResource
        try {
            KafkaTopics.create(config.get("kafka.bootstrap.servers"), 1, (short) 1, false, Topics.deadLetter(CONSUMER));
        } finally {
            thread.setContextClassLoader(previous);
        }
        config.put("kaoping.publicity.public-base-url", "http://legal.example.intranet");
        return config;
    }
}
