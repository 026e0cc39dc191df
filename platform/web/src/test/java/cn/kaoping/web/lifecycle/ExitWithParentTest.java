package cn.kaoping.web.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ExitWithParentTest {

    @Test
    void the_service_stops_only_when_its_parents_end_of_the_pipe_closes() throws Exception {
        PipedOutputStream parent = new PipedOutputStream();
        PipedInputStream standardInput = new PipedInputStream(parent);
        CountDownLatch stopped = new CountDownLatch(1);

        Thread watcher = ExitWithParent.watch(standardInput, stopped::countDown);
        parent.write("anything the parent writes is ignored\n".getBytes(StandardCharsets.UTF_8));
        parent.flush();

        assertThat(watcher.isDaemon()).isTrue();
        assertThat(stopped.await(300, TimeUnit.MILLISECONDS)).as("stopped while the parent lives").isFalse();

        parent.close();

        assertThat(stopped.await(5, TimeUnit.SECONDS)).as("stopped after the parent is gone").isTrue();
    }
}
