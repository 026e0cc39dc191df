package cn.kaoping.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The quick fault suite inside {@code mvn verify} (issue #11): the five packaged services, every rule R1-R7 with small
 * counts. Fails when any rule fails, with the report as the message; the report stays in target/faults.
 */
class FaultSuiteIT {

    @Test
    void everyRuleHoldsInTheQuickRun() throws Exception {
        Path repository = Path.of(System.getProperty("kaoping.repository", "../..")).toAbsolutePath().normalize();
        Path output = Path.of(System.getProperty("kaoping.faults.output", "target/faults")).toAbsolutePath();
        Options options = Options.parse(new String[] {"--quick", "--out", output.toString()}, repository);
        long began = System.nanoTime();
        Report report = FaultSuite.run(options, System.out);
        System.out.printf("Quick fault suite took %.0f s%n", (System.nanoTime() - began) / 1e9);

        assertThat(report.verdicts()).extracting(Verdict::id).containsExactlyInAnyOrderElementsOf(Options.ALL_RULES);
        List<String> failed = report.verdicts().stream().filter(v -> !v.holds()).map(Verdict::id).toList();
        assertThat(failed).as("rules that fail; the report:%n%s", report.markdown()).isEmpty();
    }
}
