package cn.kaoping.faults;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/** Signals to one child of the stack, by its pid (never by name): SIGKILL, SIGSTOP, SIGCONT, SIGINT. */
final class Signals {

    private Signals() {
    }

    static void kill9(long pid) {
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
    }

    static void send(String signal, long pid) {
        if (pid <= 0) {
            throw new IllegalArgumentException("no process to send SIG" + signal + " to");
        }
        try {
            Process p = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start();
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("kill -" + signal + " " + pid + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run kill", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
