package cn.kaoping.faults;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * R2: the broker away for a while under load. The launcher starts a dead broker again after a second, so a kill
 * would not keep Kafka away for the minute the rule asks: the suite freezes the broker's JVM with SIGSTOP instead and
 * lets it go on with SIGCONT. Services must stay live, turn not ready and ready again by themselves, lose nothing, and
 * the projections catch up within 30 s of the broker's return.
 */
final class KafkaOutage {

    private final Lab lab;
    private final Options options;

    KafkaOutage(Lab lab, Options options) {
        this.lab = lab;
        this.options = options;
    }

    Verdict run() {
        Verdict v = new Verdict("R2", "Kafka down " + options.kafkaDown().toSeconds() + " s under load");
        long broker = lab.stack().pid("kafka");
        long stoppedAt;
        long continuedAt;
        List<HealthWatch.Sample> samples;
        CommandLoad load = new CommandLoad(lab, options.clients(), 100_000, options.kafkaDown().plusMinutes(2));
        try (HealthWatch watch = new HealthWatch(lab)) {
            try {
                Lab.sleep(3_000);
                stoppedAt = System.currentTimeMillis();
                Signals.send("STOP", broker);
                try {
                    Lab.sleep(options.kafkaDown().toMillis());
                } finally {
                    Signals.send("CONT", broker);
                }
                continuedAt = System.currentTimeMillis();
                Lab.sleep(3_000);
            } finally {
                load.stop();
            }
            Ledger.Result settled = Ledger.converge(lab, Duration.ofSeconds(120));
            double converged = (System.currentTimeMillis() - continuedAt) / 1000.0;
            awaitAllReady(Duration.ofSeconds(120)); // generous: CI machines are slow, a timing failure is not a finding
            samples = watch.samples();
            Ledger l = settled.ledger();
            long notLive = samples.stream().filter(s -> s.live() != 200).count();
            Map<String, String> readiness = new LinkedHashMap<>();
            TreeSet<String> neverDown = new TreeSet<>();
            TreeSet<String> notUpAgain = new TreeSet<>();
            for (String s : Lab.SERVICES) {
                List<HealthWatch.Sample> mine = samples.stream().filter(x -> x.service().equals(s)).toList();
                var down = mine.stream().filter(x -> x.atMillis() >= stoppedAt && x.atMillis() <= continuedAt + 2_000
                        && x.ready() != 200).findFirst();
                var upAgain = mine.stream().filter(x -> x.atMillis() > continuedAt && x.ready() == 200).findFirst();
                if (down.isEmpty()) {
                    neverDown.add(s);
                }
                if (upAgain.isEmpty()) {
                    notUpAgain.add(s);
                }
                readiness.put(s, "DOWN " + down.map(x -> String.format("%.1f s", (x.atMillis() - stoppedAt) / 1000.0)).orElse("never")
                        + " after the stop, UP " + upAgain.map(x -> String.format("%.1f s", (x.atMillis() - continuedAt) / 1000.0)).orElse("never")
                        + " after the return");
            }
            List<CommandLoad.Accepted> accepted = load.accepted();
            long notStored = l.notStored(accepted);
            long acceptedDuring = accepted.stream().filter(a -> a.atMillis() >= stoppedAt && a.atMillis() <= continuedAt).count();
            v.check("services stay up (live UP at every sample)", notLive == 0, notLive + " of " + samples.size() + " live samples not UP");
            v.check("ready turns DOWN while Kafka is away", neverDown.isEmpty(), neverDown.isEmpty() ? "all five" : "never DOWN: " + neverDown);
            v.check("ready turns UP again by itself", notUpAgain.isEmpty(), notUpAgain.isEmpty() ? "all five" : "not UP again: " + notUpAgain);
            v.check("nothing lost", notStored == 0 && l.missingOnKafka() == 0 && l.missingInAnyProjection() == 0
                    && l.unsentOutbox().values().stream().allMatch(x -> x == 0),
                    notStored + " accepted commands not stored; " + l.summary());
            v.check("projections converge ≤ 30 s after Kafka returns", settled.converged() && converged <= 30,
                    String.format("%.1f s", converged) + (settled.converged() ? "" : " (did not converge)"));
            v.figure("how Kafka was kept away", "SIGSTOP of the broker's JVM for " + options.kafkaDown().toSeconds()
                    + " s, then SIGCONT (a killed broker is started again by the launcher after 1 s)");
            v.figure("readiness", readiness);
            v.figure("accepted commands (during the outage)", accepted.size() + " (" + acceptedDuring + ")");
            v.figure("refused or unanswered commands", load.failures().size());
            v.figure("Kafka back to converged, s", converged);
            v.figure("ledger", l.summary());
        }
        return v;
    }

    private void awaitAllReady(Duration timeout) {
        for (String s : Lab.SERVICES) {
            Probe.awaitReady(lab.url(s), timeout);
        }
    }
}
