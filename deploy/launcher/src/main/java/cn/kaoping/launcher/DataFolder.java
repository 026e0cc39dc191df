package cn.kaoping.launcher;

import cn.kaoping.servers.Processes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The folder that keeps the local stack's state between runs: {@code postgres/} (the cluster), {@code kafka/}
 * (the broker's logs), {@code keys/} (the development JWT key pair), {@code logs/} (one file per process).
 */
final class DataFolder {

    private static final Set<String> OWN_ENTRIES = Set.of("postgres", "kafka", "keys", "logs", "launcher.pid");

    private final Path root;

    DataFolder(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    Path postgres() {
        return root.resolve("postgres");
    }

    Path kafka() {
        return root.resolve("kafka");
    }

    Path keys() {
        return root.resolve("keys");
    }

    Path log(String name) {
        return root.resolve("logs").resolve(name + ".log");
    }

    /** Marks the folder as used by this launcher; fails when another one runs on it. */
    void claim() {
        runningLauncher().ifPresent(pid -> {
            throw new IllegalStateException("another launcher (pid " + pid + ") runs on " + root + "; stop it first");
        });
        try {
            Files.createDirectories(root.resolve("logs"));
            Files.writeString(root.resolve("launcher.pid"), Long.toString(ProcessHandle.current().pid()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write into " + root, e);
        }
    }

    void release() {
        try {
            Path pidFile = root.resolve("launcher.pid");
            if (Files.exists(pidFile) && Files.readString(pidFile).trim().equals(Long.toString(ProcessHandle.current().pid()))) {
                Files.delete(pidFile);
            }
        } catch (IOException e) {
            // a stale pid file is recognised as stale next time
        }
    }

    /** Deletes the folder, refusing while something runs on it or when it holds files that are not ours. */
    void wipe() {
        if (!Files.exists(root)) {
            return;
        }
        runningLauncher().ifPresent(pid -> {
            throw new IllegalStateException("a launcher (pid " + pid + ") runs on " + root + "; stop it before wiping");
        });
        runningPostmaster().ifPresent(pid -> {
            throw new IllegalStateException("PostgreSQL (pid " + pid + ") still runs on " + root.resolve("postgres"));
        });
        try (Stream<Path> entries = Files.list(root)) {
            List<String> foreign = entries.map(p -> p.getFileName().toString()).filter(n -> !OWN_ENTRIES.contains(n)).toList();
            if (!foreign.isEmpty()) {
                throw new IllegalStateException(root + " does not look like a Kaoping data folder (it holds " + foreign
                        + "); not wiping it");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }

    private Optional<Long> runningLauncher() {
        return pidIn(root.resolve("launcher.pid"))
                .filter(pid -> pid != ProcessHandle.current().pid())
                .filter(Processes::isRunning)
                .filter(pid -> ProcessHandle.of(pid).flatMap(h -> h.info().commandLine())
                        .map(cmd -> cmd.contains("kaoping-launcher") || cmd.contains("cn.kaoping.launcher"))
                        .orElse(true));
    }

    private Optional<Long> runningPostmaster() {
        return pidIn(postgres().resolve("postmaster.pid")).filter(Processes::isRunning);
    }

    private static Optional<Long> pidIn(Path file) {
        try {
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            String first = Files.readAllLines(file).stream().findFirst().orElse("").trim();
            return first.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(first));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
