package cn.kaoping.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** The command line of the launcher. */
record LaunchOptions(
        Path repository,
        Path dataDirectory,
        boolean wipe,
        boolean wipeOnly,
        boolean withServices,
        List<Service> services,
        int basePort,
        int kafkaPort,
        int pgPort,
        Duration readyTimeout,
        boolean help) {

    static final String USAGE = """
            Kaoping local stack: PostgreSQL, Kafka and the five services, with data kept in a folder.

            usage: deploy/run.sh [--no-build] [options]
              --data DIR            data folder (default: .kaoping-data in the repository)
              --wipe                delete the data folder first, then start
              --wipe-only           delete the data folder and exit
              --no-services         run PostgreSQL and Kafka only (for running a service from the IDE)
              --services a,b        run only these services (e.g. evaluation,publicity)
              --base-port N         HTTP port of evaluation-service; the others follow (default 8081..8085)
              --kafka-port N        Kafka client port (default 9092; the KRaft controller uses N+1)
              --pg-port N           PostgreSQL port (default 5432)
              --ready-timeout S     seconds to wait for every service to be ready (default 120)
              --repo DIR            repository root (default: current directory)
            External servers instead of the embedded ones: set KAFKA_BOOTSTRAP_SERVERS and/or
            KAOPING_JDBC_URL (jdbc:postgresql://host:5432/postgres) with KAOPING_JDBC_USER, KAOPING_JDBC_PASSWORD.
            Ctrl-C stops everything.""";

    static LaunchOptions parse(String[] args, Path workingDirectory) {
        Path repository = workingDirectory;
        Path data = null;
        boolean wipe = false;
        boolean wipeOnly = false;
        boolean withServices = true;
        List<Service> services = Service.ALL;
        int basePort = 8081;
        int kafkaPort = 9092;
        int pgPort = 5432;
        Duration readyTimeout = Duration.ofSeconds(120);
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "-h", "--help" -> help = true;
                case "--wipe" -> wipe = true;
                case "--wipe-only" -> wipeOnly = true;
                case "--no-services" -> withServices = false;
                case "--data" -> data = Path.of(value(args, ++i, a));
                case "--repo" -> repository = Path.of(value(args, ++i, a));
                case "--services" -> services = Arrays.stream(value(args, ++i, a).split(","))
                        .filter(s -> !s.isBlank()).map(Service::named).toList();
                case "--base-port" -> basePort = port(value(args, ++i, a), a);
                case "--kafka-port" -> kafkaPort = port(value(args, ++i, a), a);
                case "--pg-port" -> pgPort = port(value(args, ++i, a), a);
                case "--ready-timeout" -> readyTimeout = Duration.ofSeconds(Long.parseLong(value(args, ++i, a)));
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
        }
        repository = repository.toAbsolutePath().normalize();
        data = (data == null ? repository.resolve(".kaoping-data") : data).toAbsolutePath().normalize();
        return new LaunchOptions(repository, data, wipe, wipeOnly, withServices, services, basePort, kafkaPort, pgPort,
                readyTimeout, help);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int port(String value, String option) {
        int port = Integer.parseInt(value);
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(option + " must be a TCP port, got " + value);
        }
        return port;
    }
}
