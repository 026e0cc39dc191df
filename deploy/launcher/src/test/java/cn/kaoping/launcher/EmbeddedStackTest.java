package cn.kaoping.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded stack for other programs (the fault suite): its children's pids, and supervision on request. */
class EmbeddedStackTest {

    @Test
    void aSupervisedStackStartsADeadBrokerAgainAndTellsItsNewPid(@TempDir Path data) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        try (EmbeddedStack stack = EmbeddedStack.start(Path.of("").toAbsolutePath(), data, List.of(), Duration.ofMinutes(2), out)) {
            long broker = stack.pid("kafka");
            assertThat(broker).isPositive();
            assertThat(stack.pid("postgres")).isPositive();
            assertThat(stack.pid("evaluation")).as("a service that was not started").isEqualTo(-1);

            stack.supervised();
            ProcessHandle.of(broker).ifPresent(ProcessHandle::destroyForcibly);
            Awaitility.await("the broker runs again").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                    .until(() -> stack.pid("kafka") > 0 && stack.pid("kafka") != broker
                            // The new pid is known as soon as the process starts; "started again" once it is ready.
                            && printed.toString(StandardCharsets.UTF_8).contains("kafka started again"));
            assertThat(printed.toString(StandardCharsets.UTF_8)).contains("!! kafka exited; starting it again", "kafka started again");
        }
    }
}
