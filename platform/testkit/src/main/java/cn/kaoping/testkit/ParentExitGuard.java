package cn.kaoping.testkit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Kills a process that is not our child (the postmaster, which {@code pg_ctl} detaches) when this JVM dies,
 * however it dies, SIGKILL included.
 *
 * <p>A tiny {@code sh} watchdog reads its stdin, a pipe whose only writer is this JVM. The kernel closes the
 * pipe when the JVM exits, the watchdog reads end-of-file and signals the guarded process: first the given
 * polite signal, then SIGKILL after a grace period. A normal stop {@link #release() releases} the guard by
 * writing a line, and the watchdog exits without signalling. The watchdog ignores SIGINT/SIGTERM/SIGHUP, so a
 * Ctrl-C sent to the whole terminal process group cannot remove the guard before the JVM has cleaned up.
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

    private final Process watchdog;
    private final long guardedPid;

    private ParentExitGuard(Process watchdog, long guardedPid) {
        this.watchdog = watchdog;
        this.guardedPid = guardedPid;
    }

    /**
     * @param pid           the process to end when this JVM dies
     * @param politeSignal  signal name sent first, e.g. {@code INT} (PostgreSQL's fast shutdown)
     * @param graceSeconds  how long the polite signal may take before SIGKILL
     */
    public static ParentExitGuard killOnExit(long pid, String politeSignal, int graceSeconds) {
        try {
            Process p = new ProcessBuilder("sh", "-c", SCRIPT, "kaoping-exit-guard",
                    Long.toString(pid), politeSignal, Integer.toString(graceSeconds * 2))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return new ParentExitGuard(p, pid);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the exit guard of process " + pid, e);
        }
    }

    public long guardedPid() {
        return guardedPid;
    }

    public long watchdogPid() {
        return watchdog.pid();
    }

    /** The guarded process was stopped in order: let the watchdog go without signalling anything. */
    public void release() {
        if (!watchdog.isAlive()) {
            return;
        }
        try (OutputStream in = watchdog.getOutputStream()) {
            in.write("release\n".getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            // The watchdog is already gone: nothing to release.
        }
        try {
            if (!watchdog.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
                watchdog.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            watchdog.destroyForcibly();
        }
    }
}
