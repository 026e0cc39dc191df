package cn.kaoping.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DataFolderTest {

    @Test
    void wipeDeletesAKaopingDataFolder(@TempDir Path parent) throws Exception {
        Path root = parent.resolve("data");
        Files.createDirectories(root.resolve("postgres/base"));
        Files.createDirectories(root.resolve("logs"));
        Files.writeString(root.resolve("logs/kafka.log"), "x");

        new DataFolder(root).wipe();

        assertThat(root).doesNotExist();
    }

    @Test
    void wipeRefusesAFolderThatHoldsOtherThings(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("postgres"));
        Files.writeString(root.resolve("thesis.docx"), "years of work");

        assertThatThrownBy(() -> new DataFolder(root).wipe()).hasMessageContaining("does not look like a Kaoping data folder");
        assertThat(root.resolve("thesis.docx")).exists();
    }

    @Test
    void aPidFileLeftByAKilledLauncherDoesNotBlockTheNextOne(@TempDir Path root) throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Files.writeString(root.resolve("launcher.pid"), Long.toString(gone.pid()));
        DataFolder folder = new DataFolder(root);

        folder.claim();

        assertThat(Files.readString(root.resolve("launcher.pid"))).isEqualTo(Long.toString(ProcessHandle.current().pid()));
        folder.release();
        assertThat(root.resolve("launcher.pid")).doesNotExist();
    }
}
