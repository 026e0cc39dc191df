package cn.kaoping.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotsTest {

    @TempDir
    Path folder;

    @Test
    void a_changed_event_fails_with_a_diff_of_the_changed_line() throws Exception {
        Path file = folder.resolve("kaoping.sample.Thing.json");
        Files.writeString(file, "{\n  \"a\": 1,\n  \"b\": 2\n}\n");

        assertThatThrownBy(() -> Snapshots.verify(file, "{\n  \"a\": 1,\n  \"b\": 3\n}\n", false))
                .hasMessageContaining("- " + "  \"b\": 2")
                .hasMessageContaining("+ " + "  \"b\": 3")
                .hasMessageContaining("-Dsnapshots.update=true");
    }

    @Test
    void a_missing_snapshot_fails_and_is_not_written_without_the_update_flag() {
        Path file = folder.resolve("missing.json");

        assertThatThrownBy(() -> Snapshots.verify(file, "{}\n", false)).hasMessageContaining("is missing");
        assertThat(file).doesNotExist();
    }

    @Test
    void the_update_flag_writes_the_snapshot() {
        Path file = folder.resolve("new.json");

        Snapshots.verify(file, "{}\n", true);

        assertThat(file).hasContent("{}");
        Snapshots.verify(file, "{}\n", false);
    }
}
