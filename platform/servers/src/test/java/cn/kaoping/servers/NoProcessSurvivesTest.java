package cn.kaoping.servers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.FileReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.awaitility.Awaitility;

import static org.assertj.core.api.Assertions.assertThat;

/** The build leaves nothing running, even when the JVM that started the servers is killed with SIGKILL. */
class NoProcessSurvivesTest {

    @Test
    void killingTheJvmThatStartedPostgresAndKafkaTakesThemDownToo(@TempDir Path dir) throws Exception {
        Path pids = dir.resolve("pids.properties");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process parent = new ProcessBuilder(java, "-Xmx256m", "-cp", classpath, StartServersAndWait.class.getName(), pids.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("parent.log").toFile())
                .start();
        try {
            Awaitility.await("the servers have started").atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> {
                        assertThat(parent.isAlive()).as("parent JVM alive; its log: %s", tail(dir)).isTrue();
                        return Files.exists(pids);
                    });
            Properties p = new Properties();
            try (FileReader r = new FileReader(pids.toFile())) {
                p.load(r);
            }
            long postmaster = Long.parseLong(p.getProperty("postgres"));
            long broker = Long.parseLong(p.getProperty("kafka"));
            List<Long> everything = new ArrayList<>(List.of(postmaster, broker));
            ProcessHandle.of(postmaster).ifPresent(h -> h.descendants().forEach(d -> everything.add(d.pid())));
            parent.toHandle().descendants().forEach(d -> everything.add(d.pid()));
            List<Long> guards = ProcessHandle.allProcesses()
                    .filter(h -> h.info().arguments().map(a -> List.of(a).contains("kaoping-exit-guard")
                            && List.of(a).contains(Long.toString(postmaster))).orElse(false))
                    .map(ProcessHandle::pid).toList();
            assertThat(guards).as("the postmaster's guard, detached from the parent JVM").hasSize(1);
            assertThat(ProcessHandle.of(guards.get(0)).flatMap(ProcessHandle::parent).map(ProcessHandle::pid))
                    .as("the guard is no child of the JVM it watches").isNotEqualTo(Optional.of(parent.pid()));
            everything.addAll(guards);
            assertThat(everything.size()).as("postmaster, its backends, broker, guard").isGreaterThan(4);
            assertThat(everything).allMatch(Processes::isRunning);

            parent.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook runs

            for (long pid : everything) {
                assertThat(Processes.awaitExit(pid, Duration.ofSeconds(30)))
                        .as("process %d (%s) is gone", pid, ProcessHandle.of(pid).flatMap(h -> h.info().commandLine()).orElse("?"))
                        .isTrue();
            }
        } finally {
            parent.destroyForcibly();
        }
    }

    private static String tail(Path dir) {
        return KafkaBrokerProcess.tail(dir.resolve("parent.log"), 30);
    }
}
