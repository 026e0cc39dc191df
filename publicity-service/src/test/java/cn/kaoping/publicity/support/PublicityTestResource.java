package cn.kaoping.publicity.support;

import cn.kaoping.contracts.Topics;
import cn.kaoping.servers.KafkaTopics;
import cn.kaoping.testkit.KaopingTestResource;
import java.util.HashMap;
import java.util.Map;

/**
 * The real PostgreSQL and Kafka of the test kit for publicity-service, plus its topics created up front (the
 * evaluation topic with three partitions, so that keys really spread), so that the consumer finds them at once.
 * Declared once ({@link TestServers}) so that every test class shares one application instance.
 */
public class PublicityTestResource extends KaopingTestResource {

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
            String bootstrap = config.get("kafka.bootstrap.servers");
            KafkaTopics.create(bootstrap, 3, (short) 1, false, Topics.EVALUATION_EVENTS);
            KafkaTopics.create(bootstrap, 1, (short) 1, false, Topics.PUBLICITY_EVENTS, Topics.deadLetter(CONSUMER));
        } finally {
            thread.setContextClassLoader(previous);
        }
        config.put("kaoping.projection.name", CONSUMER);
        config.put("kaoping.publicity.public-base-url", "http://legal.example.intranet");
        return config;
    }
}
