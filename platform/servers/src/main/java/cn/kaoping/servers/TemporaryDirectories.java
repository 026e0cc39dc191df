package cn.kaoping.servers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Temporary directories that name their owner (a file {@code owner.pid}), so that those of a JVM killed
 * before it could delete them are removed by the next JVM that makes one with the same prefix.
 */
public final class TemporaryDirectories {

    private static final String OWNER_FILE = "owner.pid";

    private TemporaryDirectories() {
    }

    /** A new directory under {@code java.io.tmpdir}, after removing abandoned ones with the same prefix. */
    public static Path create(String prefix) throws IOException {
        removeAbandoned(prefix);
        Path dir = Files.createTempDirectory(prefix);
        Files.writeString(dir.resolve(OWNER_FILE), Long.toString(ProcessHandle.current().pid()));
        return dir;
    }

    /** Deletes a directory and everything in it, as far as possible. */
    public static void delete(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // best effort
                }
            });
        } catch (IOException e) {
            // best effort
        }
    }

    private static void removeAbandoned(String prefix) {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        try (Stream<Path> dirs = Files.list(tmp)) {
            dirs.filter(d -> d.getFileName().toString().startsWith(prefix)).forEach(d -> {
                try {
                    long owner = Long.parseLong(Files.readString(d.resolve(OWNER_FILE)).trim());
                    if (!Processes.isRunning(owner)) {
                        delete(d);
                    }
                } catch (IOException | RuntimeException e) {
                    // no owner file yet (being created right now) or not ours: leave it
                }
            });
        } catch (IOException e) {
            // cannot list the temporary directory: nothing to clean
        }
    }
}
