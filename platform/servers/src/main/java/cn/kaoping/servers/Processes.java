package cn.kaoping.servers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Small facts about operating-system processes that ProcessHandle gets wrong or lacks. */
public final class Processes {

    private Processes() {
    }

    /**
     * True while the process runs. A zombie (dead, not yet reaped by a parent that does not reap, as PID 1 of
     * some containers) counts as gone, unlike {@link ProcessHandle#isAlive()}.
     */
    public static boolean isRunning(long pid) {
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        if (Files.isReadable(Path.of("/proc/self/stat"))) {
            try {
                String s = Files.readString(stat);
                // Format: pid (comm) state ... ; comm may contain spaces and parentheses.
                char state = s.charAt(s.lastIndexOf(')') + 2);
                return state != 'Z' && state != 'X';
            } catch (IOException | RuntimeException e) {
                return false;
            }
        }
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** Waits until the process is gone; true if it went within the timeout. */
    public static boolean awaitExit(long pid, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (isRunning(pid)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            sleep(100);
        }
        return true;
    }

    /** SIGKILL, and wait until it is gone. */
    public static void kill(long pid, Duration timeout) {
        Optional<ProcessHandle> h = ProcessHandle.of(pid);
        h.ifPresent(ProcessHandle::destroyForcibly);
        awaitExit(pid, timeout);
    }

    /**
     * The command, run in a session of its own where {@code setsid} exists (Linux). Ctrl-C in a terminal
     * signals the whole foreground process group; a detached child does not get it, so the parent can stop
     * its children in order (services, then Kafka, then PostgreSQL). The pid stays the child's own: a child of
     * a JVM is no process-group leader, so {@code setsid} does not fork.
     */
    public static List<String> detachedFromTerminal(List<String> command) {
        for (String setsid : List.of("/usr/bin/setsid", "/bin/setsid")) {
            if (Files.isExecutable(Path.of(setsid))) {
                List<String> detached = new ArrayList<>(command.size() + 1);
                detached.add(setsid);
                detached.addAll(command);
                return detached;
            }
        }
        return command;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
