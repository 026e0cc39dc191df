package cn.kaoping.servers;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Ends a process when this JVM dies, however it dies, SIGKILL included. Made for the postmaster, which
 * {@code pg_ctl} detaches, and usable for any child that cannot watch its stdin.
 *
 * <p>A tiny {@code sh} watchdog reads a FIFO whose only writer is this JVM. The kernel closes the JVM's end when
 * the JVM exits; the watchdog reads end-of-file and signals the guarded process: first the given polite signal,
 * then SIGKILL after a grace period. A normal stop {@link #release() releases} the guard by writing a line, and
 * the watchdog exits without signalling.
 *
 * <p>The watchdog must outlive whatever kills the JVM. Where {@code setsid --fork} exists (Linux) it is started
 * as a child of init in a session of its own: neither a SIGKILL of the whole process group (GNU {@code timeout -s
 * KILL}, say) nor a kill of the JVM's process tree reaches it. (That is why it reads a FIFO and not its stdin: the
 * JVM closes a child's stdin pipe as soon as that child, here {@code setsid}, exits.) It also ignores
 * SIGINT/SIGTERM/SIGHUP, so a Ctrl-C sent to the terminal's process group cannot remove the guard before the JVM
 * has cleaned up.
 */
public final class ParentExitGuard {

    private static final String SCRIPT = """
            trap '' INT TERM HUP
            if read -r _; then exit 0; fi
            kill -"$2" "$1" 2>/dev/null || exit 0
            i=0
            while kill -0 "$1" 2>/dev/null && [ "$i" -lt "$3" ]; do sleep 0.5; i=$((i+1)); done
            kill -KILL "$1" 2>/dev/null
            exit 0
            """;

    /** The JVM's end of the FIFO; held (never read) until release or death. */
    private final RandomAccessFile lifeline;
    private final long guardedPid;
    private boolean released;

    private ParentExitGuard(RandomAccessFile lifeline, long guardedPid) {
        this.lifeline = lifeline;
        this.guardedPid = guardedPid;
    }

    /**
     * @param pid           the process to end when this JVM dies
     * @param politeSignal  signal name sent first, e.g. {@code INT} (PostgreSQL's fast shutdown) or {@code TERM}
     * @param graceSeconds  how long the polite signal may take before SIGKILL
     */
    public static ParentExitGuard killOnExit(long pid, String politeSignal, int graceSeconds) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("kaoping-guard-");
            Path fifo = dir.resolve("lifeline");
            Process mkfifo = new ProcessBuilder("mkfifo", "-m", "600", fifo.toString()).inheritIO().start();
            if (mkfifo.waitFor() != 0) {
                throw new IOException("mkfifo failed");
            }
            // Read-write: on Linux this open does not wait for a reader, and it keeps a writer alive for the watchdog.
            RandomAccessFile lifeline = new RandomAccessFile(fifo.toFile(), "rw");
            List<String> command = new ArrayList<>(detach());
            command.addAll(List.of("sh", "-c", SCRIPT, "kaoping-exit-guard",
                    Long.toString(pid), politeSignal, Integer.toString(graceSeconds * 2)));
            new ProcessBuilder(command)
                    .redirectInput(fifo.toFile())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return new ParentExitGuard(lifeline, pid);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the exit guard of process " + pid, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            // The watchdog holds the FIFO open; the name is no longer needed.
            if (dir != null) {
                TemporaryDirectories.delete(dir);
            }
        }
    }

    public long guardedPid() {
        return guardedPid;
    }

    /** {@code setsid --fork}: the watchdog becomes a child of init in a new session. */
    private static List<String> detach() {
        for (String setsid : List.of("/usr/bin/setsid", "/bin/setsid")) {
            if (Files.isExecutable(Path.of(setsid))) {
                return List.of(setsid, "--fork");
            }
        }
        return List.of();
    }

    /** The guarded process was stopped in order: let the watchdog go without signalling anything. */
    public synchronized void release() {
        if (released) {
            return;
        }
        released = true;
        try (lifeline) {
            lifeline.write("release\n".getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            // The watchdog is already gone: nothing to release.
        }
    }
}
