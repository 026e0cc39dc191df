package cn.kaoping.bench;

import cn.kaoping.contracts.Topics;
import cn.kaoping.launcher.EmbeddedStack;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import org.HdrHistogram.Histogram;

/**
 * The benchmark harness (deploy/bench.sh): starts the local stack with the five services, runs the workloads and
 * their baselines on the same servers in the same run, and writes target/bench/report.md, report.json and
 * ratios.svg. {@code --quick} runs every workload briefly (a smoke run, its figures are not worth much).
 *
 * <p>Measured: W1 review commands/s (3 findings) at 1, 8 and 32 clients against single-row INSERT/s and the
 * hand-written rows of a review at the same concurrency; W2 accept-to-visible in publicity's list at a steady rate
 * (open loop) against a Kafka record's produce-to-consume time; W3 each projection's rebuild against a plain consumer
 * of the same topic; W5 the stack's resident memory and each service's start to ready. W4 and W6 are not measured
 * yet (see the report's notes).
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        boolean quick = List.of(args).contains("--quick");
        Path repository = Path.of(System.getProperty("kaoping.repository", ".")).toAbsolutePath().normalize();
        Path out = repository.resolve("target/bench");
        Path data = out.resolve("stack");
        Duration point = Duration.ofSeconds(quick ? 4 : 20);
        int rate = quick ? 20 : 100;
        Duration steady = Duration.ofSeconds(quick ? 5 : 20);

        Report report = new Report();
        report.machine("cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
        report.machine("memory", memory());
        report.machine("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        report.machine("run", quick ? "quick (smoke: short points, low rate)" : "full");
        report.machine("point duration", point.toSeconds() + " s per concurrency level");

        deleteRecursively(data);
        ByteArrayOutputStream launcherOutput = new ByteArrayOutputStream();
        PrintStream tee = new PrintStream(new TeeStream(System.out, launcherOutput), true, StandardCharsets.UTF_8);
        System.out.println("Starting the stack (five services) ...");
        try (EmbeddedStack stack = EmbeddedStack.start(repository, data,
                List.of("evaluation", "publicity", "training", "incentive", "supervision"), Duration.ofMinutes(5), tee)) {
            Http http = new Http();
            String[] credentials = stack.databaseCredentials();
            for (Map.Entry<String, Double> ready : Footprint.readyTimes(launcherOutput.toString(StandardCharsets.UTF_8)).entrySet()) {
                report.add(new Report.Figure("W5", ready.getKey() + " start to ready (all five at once)",
                        ready.getValue(), "s", null, null, "≤ 5 s"));
            }
            report.add(new Report.Figure("W5", "resident memory of the idle stack", Footprint.stackRssMiB(), "MiB", null,
                    null, "≤ 2560 MiB"));

            Bureau bureau = new Bureau(http, stack.baseUrl("evaluation"), stack.tokens()).create(20);
            Baselines baselines = new Baselines(stack.jdbcUrl("evaluation"), credentials[0], credentials[1]);
            for (int clients : new int[] {1, 8, 32}) {
                int prepared = (int) (point.toSeconds() * (clients == 1 ? 60 : 250));
                System.out.printf("W1 at %d clients: preparing %d submitted files ...%n", clients, prepared);
                Queue<String> files = bureau.submittedFiles(prepared, 8);
                Load.Result reviews = Load.closedLoop(clients, point, () -> {
                    String file = files.poll();
                    if (file == null) {
                        throw new Load.NoMoreWork();
                    }
                    return bureau.review(file) / 100 == 2;
                });
                Load.Result inserts = baselines.singleRowInserts(clients, point);
                Load.Result hand = baselines.handWrittenReviews(clients, point);
                report.add(new Report.Figure("W1", "reviews/s at " + clients + " clients", reviews.perSecond(), "/s",
                        "hand-written rows of a review", hand.perSecond(), clients == 8 ? "≥ 50 %" : null));
                report.add(new Report.Figure("W1", "reviews/s at " + clients + " clients", reviews.perSecond(), "/s",
                        "single-row INSERT", inserts.perSecond(), clients == 8 ? "≥ 5 %" : null));
                report.note("W1 at " + clients + " clients: " + reviews.succeeded() + " reviews accepted, " + reviews.failed()
                        + " refused or failed, p50 " + String.format("%.1f", reviews.p(50)) + " ms, p99 "
                        + String.format("%.1f", reviews.p(99)) + " ms over " + String.format("%.1f", reviews.seconds()) + " s");
            }

            System.out.printf("W2: preparing %d files for %d reviews/s over %d s ...%n", rate * steady.toSeconds(), rate,
                    steady.toSeconds());
            Queue<String> steadyFiles = bureau.submittedFiles((int) (rate * steady.toSeconds()), 8);
            Histogram visible = Visibility.reviewsToPublicity(bureau, steadyFiles, rate, steady,
                    stack.jdbcUrl("publicity"), credentials[0], credentials[1]);
            Histogram kafka = Visibility.kafkaRoundTrip(stack.bootstrapServers(), rate, steady);
            for (double p : new double[] {50, 99}) {
                report.add(new Report.Figure("W2", "accepted → in publicity's list, p" + (int) p + " at " + rate + "/s",
                        visible.getValueAtPercentile(p) / 1000.0, "ms", "Kafka produce → consume p" + (int) p,
                        kafka.getValueAtPercentile(p) / 1000.0, p == 99 ? "p99 ≤ 300 ms" : null));
            }
            report.add(new Report.Figure("W2", "accepted → in publicity's list, max", visible.getMaxValue() / 1000.0,
                    "ms", "Kafka produce → consume max", kafka.getMaxValue() / 1000.0, null));

            String admin = stack.tokens().mint("bench-admin", null, "ADMIN");
            long records = Rebuild.records(stack.bootstrapServers(), List.of(Topics.EVALUATION_EVENTS));
            double plain = Rebuild.plainConsumerRate(stack.bootstrapServers(), List.of(Topics.EVALUATION_EVENTS));
            for (String service : List.of("publicity", "training", "incentive", "supervision")) {
                double rebuilt = Rebuild.rebuildRate(http, stack.baseUrl(service), admin, records);
                report.add(new Report.Figure("W3", service + " projection rebuild (" + records + " events)", rebuilt,
                        "events/s", "plain consumer of the topic", plain, "≥ 30 %"));
            }
            report.add(new Report.Figure("W5", "resident memory of the stack after the load", Footprint.stackRssMiB(), "MiB",
                    null, null, "≤ 2560 MiB"));
            report.note("W3 counts the evaluation topic's records (the other topics carry few events in this run).");
            report.note("Not measured yet: W4 (monthly list read p99 with 10,000 officers × 12 months fed as events), "
                    + "W6 (two instances of each service), W1 on a store of 1,000,000 events and the first minute apart.");
        }
        report.write(out);
        System.out.println("Report: " + out.resolve("report.md"));
    }

    private static String memory() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\s+", " ");
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static void deleteRecursively(Path root) throws java.io.IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var all = Files.walk(root)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Writes to both streams (the launcher's lines go to the terminal and are kept for W5). */
    private static final class TeeStream extends OutputStream {
        private final OutputStream a;
        private final OutputStream b;

        TeeStream(OutputStream a, OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void write(int c) throws java.io.IOException {
            a.write(c);
            b.write(c);
        }

        @Override
        public void write(byte[] bytes, int off, int len) throws java.io.IOException {
            a.write(bytes, off, len);
            b.write(bytes, off, len);
        }
    }
}
