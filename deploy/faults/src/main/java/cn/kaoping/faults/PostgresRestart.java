package cn.kaoping.faults;

import java.sql.Connection;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * R3: PostgreSQL stopped (SIGINT to the postmaster: a fast shutdown, open transactions roll back) under load; the
 * launcher's supervisor starts it again on the same port and data. Errors may come only while it is away (until
 * every service is ready again, plus a few seconds for the pools), nothing may be corrupted (the ledger's counts
 * agree), and every service must recover without help.
 */
final class PostgresRestart {

    // generous on 2 shared cores: a request in flight when the last service turned ready may still fail
    private static final long GRACE_MILLIS = 15_000;

    private final Lab lab;
    private final Options options;

    PostgresRestart(Lab lab, Options options) {
        this.lab = lab;
        this.options = options;
    }

    Verdict run() {
        Verdict v = new Verdict("R3", "PostgreSQL restarted under load");
        long postmaster = lab.stack().pid("postgres");
        long stoppedAt;
        long backAt = -1;
        long allReadyAt = -1;
        CommandLoad load = new CommandLoad(lab, options.clients(), 100_000, Duration.ofMinutes(4));
        try (HealthWatch watch = new HealthWatch(lab)) {
            try {
                Lab.sleep(3_000);
                stoppedAt = System.currentTimeMillis();
                Signals.send("INT", postmaster);
                long deadline = stoppedAt + 120_000;
                while (System.currentTimeMillis() < deadline) {
                    long pid = lab.stack().pid("postgres");
                    if (pid > 0 && pid != postmaster && answers()) {
                        backAt = System.currentTimeMillis();
                        break;
                    }
                    Lab.sleep(200);
                }
                while (backAt > 0 && System.currentTimeMillis() < deadline) {
                    if (Lab.SERVICES.stream().allMatch(s -> Probe.ready(lab.url(s)) == 200)) {
                        allReadyAt = System.currentTimeMillis();
                        break;
                    }
                    Lab.sleep(200);
                }
                Lab.sleep(GRACE_MILLIS + 3_000); // load on the recovered stack, outside the window
            } finally {
                load.stop();
            }
            Ledger.Result settled = Ledger.converge(lab, Duration.ofSeconds(90));
            Ledger l = settled.ledger();
            long windowEnd = (allReadyAt > 0 ? allReadyAt : System.currentTimeMillis()) + GRACE_MILLIS;
            List<CommandLoad.Failure> failures = load.failures();
            long start = stoppedAt;
            List<CommandLoad.Failure> late = failures.stream()
                    .filter(f -> f.atMillis() < start || f.atMillis() > windowEnd).toList();
            long outside = late.size();
            List<CommandLoad.Accepted> accepted = load.accepted();
            long notStored = l.notStored(accepted);
            long notLive = watch.samples().stream().filter(s -> s.live() != 200 && s.atMillis() > windowEnd).count();
            v.check("the launcher starts PostgreSQL again by itself", backAt > 0,
                    backAt > 0 ? String.format("answering again %.1f s after the stop", (backAt - stoppedAt) / 1000.0) : "not within 120 s");
            v.check("every service recovers by itself (ready again)", allReadyAt > 0,
                    allReadyAt > 0 ? String.format("all ready %.1f s after the stop", (allReadyAt - stoppedAt) / 1000.0) : "not all ready within 120 s");
            v.check("errors only while it is down", outside == 0, failures.size() + " errors, " + outside
                    + " outside the outage window (stop … all ready + " + GRACE_MILLIS / 1000 + " s); by answer " + byAnswer(failures) + (late.isEmpty() ? "" : "; outside " + byAnswer(late)));
            v.check("nothing corrupted: every event stored, on Kafka at least once, applied exactly once in every"
                            + " projection", notStored == 0 && l.missingOnKafka() == 0 && l.missingInAnyProjection() == 0
                            && l.appliedTwiceInAnyProjection() == 0 && settled.converged(),
                    notStored + " accepted commands not stored; " + l.summary());
            v.figure("events on Kafka more than once (at least once)",
                    l.duplicatedOnKafka() + " (" + l.extraRecordsOnKafka() + " extra records)");
            v.note(Ledger.AT_LEAST_ONCE);
            v.check("services live again after the outage", notLive == 0, notLive + " live samples not UP after the window");
            v.figure("how", "SIGINT to the postmaster (fast shutdown); the launcher's supervisor restarts it on the same port and data");
            v.figure("accepted commands", accepted.size());
            v.figure("errors (while down)", failures.size());
            v.figure("ledger", l.summary());
        }
        return v;
    }

    /** How many failures per command, status and problem code: what an operator would need to tell them apart. */
    private static Map<String, Long> byAnswer(List<CommandLoad.Failure> failures) {
        Map<String, Long> counts = new LinkedHashMap<>();
        failures.forEach(f -> counts.merge(f.command() + " " + f.status() + (f.code().isEmpty() ? "" : " " + f.code()),
                1L, Long::sum));
        return counts;
    }

    private boolean answers() {
        try (Connection c = lab.db("evaluation")) {
            return c.isValid(2);
        } catch (Exception e) {
            return false;
        }
    }
}
