package cn.kaoping.servers;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Main of a child JVM that must not outlive its parent:
 * {@code java -cp ... cn.kaoping.servers.ExitWhenParentDies <main class> <args...>}.
 *
 * <p>The parent holds the write end of this process' stdin open and never writes. When the parent dies, by
 * SIGKILL too, the kernel closes it: we read end-of-file and exit (shutdown hooks run, so a broker shuts down
 * in order), with a halt as back-stop should the hooks hang.
 */
public final class ExitWhenParentDies {

    static final int HALT_AFTER_SECONDS = 15;

    private ExitWhenParentDies() {
    }

    public static void main(String[] args) throws Throwable {
        if (args.length == 0) {
            System.err.println("usage: ExitWhenParentDies <main class> [args...]");
            System.exit(2);
        }
        Thread watcher = new Thread(ExitWhenParentDies::exitAtEndOfInput, "exit-when-parent-dies");
        watcher.setDaemon(true);
        watcher.start();

        Method main = Class.forName(args[0]).getMethod("main", String[].class);
        try {
            main.invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static void exitAtEndOfInput() {
        InputStream in = System.in;
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) != -1) {
                // The parent never writes; anything read is ignored.
            }
        } catch (IOException e) {
            // A broken stdin means the parent is gone as surely as end-of-file does.
        }
        System.err.println("[exit-when-parent-dies] parent process is gone; exiting");
        Thread halter = new Thread(() -> {
            try {
                Thread.sleep(HALT_AFTER_SECONDS * 1000L);
            } catch (InterruptedException ignored) {
                // exit anyway
            }
            Runtime.getRuntime().halt(1);
        }, "halt-back-stop");
        halter.setDaemon(true);
        halter.start();
        System.exit(1);
    }
}
