package cn.kaoping.servers;

import java.io.PrintStream;

/**
 * Main of the broker child JVM: formats the KRaft storage when it is new, then runs {@code kafka.Kafka}.
 * One JVM for both saves the start-up of a second one (a few seconds on a small machine).
 *
 * <p>Arguments: {@code <server.properties> <cluster id>}.
 */
public final class KafkaServerMain {

    private KafkaServerMain() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: KafkaServerMain <server.properties> <cluster id>");
            System.exit(2);
        }
        String properties = args[0];
        String clusterId = args[1];
        PrintStream out = System.out;
        int rc = kafka.tools.StorageTool.execute(
                new String[] {"format", "--ignore-formatted", "--cluster-id", clusterId, "--config", properties}, out);
        if (rc != 0) {
            System.err.println("kafka storage format failed with exit code " + rc);
            System.exit(rc);
        }
        kafka.Kafka.main(new String[] {properties});
    }
}
