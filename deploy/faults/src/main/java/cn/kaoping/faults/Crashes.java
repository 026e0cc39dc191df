package cn.kaoping.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * R1: kill -9 of evaluation-service, again and again, while clients register, submit and review files. The launcher
 * must start it again by itself (its supervisor, with backoff); afterwards every accepted command is in the event
 * store, every stored event on Kafka at least once (a duplicate is counted, not a failure) and applied exactly once in
 * every projection.
 */
final class Crashes {

    private final Lab lab;
    private final Options options;

    Crashes(Lab lab, Options options) {
        this.lab = lab;
        this.options = options;
    }

    Verdict run() {
        Verdict v = new Verdict("R1", "kill -9 of evaluation-service " + options.kills() + "× under load");
        String evaluation = lab.url("evaluation");
        List<Double> readyAgain = new ArrayList<>();
        int restartedByLauncher = 0;
        Duration perKill = Duration.ofSeconds(150); // the backoff doubles up to 60 s, then the JVM starts
        CommandLoad load = new CommandLoad(lab, options.clients(), 100_000,
                perKill.multipliedBy(options.kills()).plusMinutes(2));
        try {
            Lab.sleep(3_000);
            for (int k = 1; k <= options.kills(); k++) {
                long pid = lab.stack().pid("evaluation");
                long t0 = System.nanoTime();
                Signals.kill9(pid);
                long deadline = t0 + perKill.toNanos();
                boolean restarted = false;
                while (System.nanoTime() < deadline) {
                    long now = lab.stack().pid("evaluation");
                    if (now > 0 && now != pid) {
                        restarted = true;
                        break;
                    }
                    Lab.sleep(100);
                }
                double ready = -1;
                if (restarted) {
                    restartedByLauncher++;
                    double left = (deadline - System.nanoTime()) / 1e9;
                    double r = Probe.awaitReady(evaluation, Duration.ofSeconds((long) Math.max(1, left)));
                    ready = r < 0 ? -1 : (System.nanoTime() - t0) / 1e9;
                }
                readyAgain.add(Math.round(ready * 10) / 10.0);
                System.out.printf("   kill %d: pid %d, ready again after %.1f s%n", k, pid, ready);
                Lab.sleep(3_000); // the load reaches the new process before the next kill
            }
        } finally {
            load.stop();
        }
        Ledger.Result settled = Ledger.converge(lab, Duration.ofSeconds(90));
        Ledger l = settled.ledger();
        List<CommandLoad.Accepted> accepted = load.accepted();
        long notStored = l.notStored(accepted);
        v.check("the launcher starts the killed service again by itself", restartedByLauncher == options.kills()
                && readyAgain.stream().allMatch(r -> r > 0), restartedByLauncher + " of " + options.kills()
                + " restarted; ready again after " + readyAgain + " s");
        v.check("every accepted command (2xx) is in the event store", notStored == 0,
                notStored + " of " + accepted.size() + " accepted commands missing");
        v.check("every stored event is on Kafka", l.missingOnKafka() == 0, l.missingOnKafka() + " of " + l.storedEvents() + " missing");
        v.check("applied exactly once in every projection", l.missingInAnyProjection() == 0
                        && l.appliedTwiceInAnyProjection() == 0 && settled.converged(),
                "missing " + l.missingInProjections() + ", applied twice " + l.appliedTwice() + "; converged "
                        + String.format("%.1f s", settled.seconds()) + " after the load");
        v.figure("events on Kafka more than once (at least once: sent, killed before marked sent)",
                l.duplicatedOnKafka() + " (" + l.extraRecordsOnKafka() + " extra records)");
        v.figure("kills", options.kills());
        v.figure("kill to ready again, s", readyAgain);
        v.figure("max kill to ready, s", readyAgain.stream().mapToDouble(Double::doubleValue).max().orElse(-1));
        v.figure("accepted commands", accepted.size());
        v.figure("refused or unanswered commands (while it was down)", load.failures().size());
        v.figure("stored events", l.storedEvents());
        v.figure("ledger", l.summary());
        v.note(Ledger.AT_LEAST_ONCE);
        v.note("Time to ready includes the launcher's restart backoff (1 s, doubling while the service keeps dying "
                + "within 5 minutes, at most 60 s) and the JVM's start.");
        return v;
    }
}
