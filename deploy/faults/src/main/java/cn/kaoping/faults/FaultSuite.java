package cn.kaoping.faults;

import cn.kaoping.launcher.EmbeddedStack;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The fault suite of issue #11 (deploy/faults.sh): starts the local stack with the five services in its own data
 * folder (target/faults/stack), supervised as deploy/run.sh supervises it, sets up two stations with their people,
 * runs the rules (cheap ones first, the destructive ones last) and writes target/faults/report.md and report.json.
 * Exit code 0 when every rule holds, 1 when one fails, 2 on a bad command line.
 */
public final class FaultSuite {

    /** In the order they run: the cheap ones first, the faults of the servers last. */
    private static final List<String> ORDER = List.of("R7", "R5", "R4", "R6", "R1", "R2", "R3");

    private FaultSuite() {
    }

    public static void main(String[] args) throws Exception {
        Path repository = Path.of(System.getProperty("kaoping.repository", ".")).toAbsolutePath().normalize();
        Options options;
        try {
            options = Options.parse(args, repository);
        } catch (IllegalArgumentException e) {
            System.err.println("faults: " + e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        Report report = run(options, System.out);
        System.out.println();
        for (Verdict v : report.verdicts()) {
            System.out.printf("  %s %-6s %s%n", v.id(), v.holds() ? "HOLDS" : "FAILS", v.title());
        }
        System.out.println("Report: " + options.output().resolve("report.md"));
        System.exit(report.allHold() ? 0 : 1);
    }

    static Report run(Options options, PrintStream out) throws IOException {
        Report report = new Report();
        long began = System.nanoTime();
        report.run("started", Instant.now().toString());
        report.run("mode", options.quick() ? "quick" : "full");
        report.run("machine", Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version"));
        report.run("settings", "kills " + options.kills() + ", Kafka away " + options.kafkaDown().toSeconds() + " s, "
                + options.requestsPerService() + " generated requests per service, " + options.clients() + " load clients, "
                + options.racers() + " racers");
        Path data = options.output().resolve("stack");
        deleteRecursively(data);
        out.println("Starting the stack (five services) in " + data + " ...");
        try (EmbeddedStack stack = start(options, data, out)) {
            stack.supervised();
            report.run("stack started in", String.format("%.1f s", (System.nanoTime() - began) / 1e9));
            Lab lab = new Lab(stack);
            Map<String, Function<Lab, Verdict>> rules = Map.of(
                    "R7", l -> unchecked(() -> new Races(l, options.racers()).run()),
                    "R5", l -> unchecked(() -> new Poison(l).run()),
                    "R4", l -> unchecked(() -> new Fuzz(l, options.requestsPerService()).run()),
                    "R6", l -> unchecked(() -> new Access(l).run()),
                    "R1", l -> unchecked(() -> new Crashes(l, options).run()),
                    "R2", l -> unchecked(() -> new KafkaOutage(l, options).run()),
                    "R3", l -> unchecked(() -> new PostgresRestart(l, options).run()));
            for (String id : ORDER) {
                if (!options.rules().contains(id)) {
                    continue;
                }
                out.println("== " + id + " ...");
                long t = System.nanoTime();
                Verdict v;
                try {
                    v = rules.get(id).apply(lab);
                } catch (RuntimeException e) {
                    v = new Verdict(id, "(did not finish)").check("the rule runs to its end", false, String.valueOf(e));
                    e.printStackTrace(out);
                }
                v.took((System.nanoTime() - t) / 1e9);
                out.printf("== %s %s in %.0f s%n", id, v.holds() ? "HOLDS" : "FAILS", v.seconds());
                report.add(v);
                report.write(options.output()); // a run cut short still leaves what it found
            }
        }
        report.run("took", String.format("%.0f s", (System.nanoTime() - began) / 1e9));
        report.write(options.output());
        Files.writeString(options.output().resolve("report.md"), report.markdown(), StandardCharsets.UTF_8);
        return report;
    }

    /**
     * The stack on free ports; once more on other ports when a service lost its port to another process between the
     * pick and the start (the machine is shared), a failure that says nothing about the services.
     */
    private static EmbeddedStack start(Options options, Path data, PrintStream out) throws IOException {
        try {
            return EmbeddedStack.start(options.repository(), data, Lab.SERVICES, Duration.ofMinutes(5), out);
        } catch (RuntimeException e) {
            if (!String.valueOf(e.getMessage()).contains("in use")) {
                throw e;
            }
            out.println("A port was taken meanwhile; starting again on other ports");
            deleteRecursively(data);
            return EmbeddedStack.start(options.repository(), data, Lab.SERVICES, Duration.ofMinutes(5), out);
        }
    }

    interface Step {
        Verdict run() throws Exception;
    }

    private static Verdict unchecked(Step step) {
        try {
            return step.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
