package cn.kaoping.faults;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How much the suite does. The full run follows issue #11 (10 kills, Kafka away 60 s, 10,000 generated requests per
 * service, 100 racing commands); {@code --quick} keeps every rule but with small counts, for {@code mvn verify}.
 *
 * @param requestsPerService R4: generated requests per service
 * @param kills              R1: kill -9 of evaluation-service
 * @param kafkaDown          R2: how long the broker is away
 * @param clients            concurrent clients of the command load in R1-R3
 * @param racers             R7: concurrent conflicting commands per target
 * @param rules              the rules to run (all by default), e.g. R5,R7
 */
record Options(boolean quick, int requestsPerService, int kills, Duration kafkaDown, int clients, int racers,
               Duration convergence, Set<String> rules, Path repository, Path output) {

    static final List<String> ALL_RULES = List.of("R1", "R2", "R3", "R4", "R5", "R6", "R7");

    static final String USAGE = """
            usage: deploy/faults.sh [--no-build] [--quick] [options]
              --quick            small counts (2 kills, Kafka away 10 s, 300 requests per service)
              --requests N       R4: generated requests per service (full: 10000)
              --kills N          R1: kill -9 of evaluation-service (full: 10)
              --kafka-down S     R2: seconds the broker is away (full: 60)
              --clients N        clients of the command load in R1-R3 (default 4)
              --racers N         R7: concurrent conflicting commands per target (default 100)
              --only R5,R7       run only these rules
              --out DIR          where report.md and report.json go (default target/faults)""";

    static Options parse(String[] args, Path repository) {
        boolean quick = Arrays.asList(args).contains("--quick");
        int requests = quick ? 300 : 10_000;
        int kills = quick ? 2 : 10;
        Duration kafkaDown = Duration.ofSeconds(quick ? 10 : 60);
        int clients = 4;
        int racers = 100;
        Set<String> rules = new LinkedHashSet<>(ALL_RULES);
        Path output = repository.resolve("target/faults");
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--quick" -> { }
                case "--requests" -> requests = positive(value(args, ++i, a), a);
                case "--kills" -> kills = positive(value(args, ++i, a), a);
                case "--kafka-down" -> kafkaDown = Duration.ofSeconds(positive(value(args, ++i, a), a));
                case "--clients" -> clients = positive(value(args, ++i, a), a);
                case "--racers" -> racers = positive(value(args, ++i, a), a);
                case "--only" -> rules = new LinkedHashSet<>(Arrays.stream(value(args, ++i, a).split(","))
                        .map(String::trim).map(String::toUpperCase).filter(ALL_RULES::contains).toList());
                case "--out" -> output = Path.of(value(args, ++i, a)).toAbsolutePath().normalize();
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
        }
        return new Options(quick, requests, kills, kafkaDown, clients, racers, Duration.ofSeconds(30), rules,
                repository, output);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int positive(String value, String option) {
        int n = Integer.parseInt(value);
        if (n < 1) {
            throw new IllegalArgumentException(option + " must be at least 1, got " + value);
        }
        return n;
    }
}
