package cn.kaoping.launcher;

import cn.kaoping.servers.ParentExitGuard;
import cn.kaoping.servers.Processes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One service as a child JVM ({@code java -jar quarkus-run.jar}), output appended to its log file.
 * Its stdin is a pipe that only the launcher holds: with {@code KAOPING_EXIT_WITH_PARENT=true} the service
 * exits when it reads end-of-file, which is what happens when the launcher dies, SIGKILL included. A
 * {@link ParentExitGuard} sends it SIGTERM in that case as well, so that a service built without that
 * setting cannot outlive the launcher either.
 */
final class ServiceProcess {

    static final List<String> JVM_OPTIONS = List.of("-Xmx256m", "-XX:+UseSerialGC", "-Ddisable-axoniq-console-message=true");

    private final Service service;
    private final int port;
    private final Path logFile;
    private final Process process;
    private final ParentExitGuard guard;

    private ServiceProcess(Service service, int port, Path logFile, Process process) {
        this.service = service;
        this.port = port;
        this.logFile = logFile;
        this.process = process;
        this.guard = ParentExitGuard.killOnExit(process.pid(), "TERM", 20);
    }

    static ServiceProcess start(Service service, Path repository, int port, Map<String, String> environment, Path logFile) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.add("-jar");
        command.add(service.runnableJar(repository).toString());
        try {
            Files.createDirectories(logFile.getParent());
            Files.writeString(logFile, "%n===== %s started by the Kaoping launcher at %s =====%n".formatted(service.module(), LocalDateTime.now()),
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            ProcessBuilder pb = new ProcessBuilder(Processes.detachedFromTerminal(command))
                    .directory(repository.resolve(service.module()).toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            pb.environment().putAll(environment);
            return new ServiceProcess(service, port, logFile, pb.start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + service.module(), e);
        }
    }

    Service service() {
        return service;
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    Path logFile() {
        return logFile;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    int exitCode() {
        return process.exitValue();
    }

    /** The service ended on its own: its pid may be reused, so the guard must not signal it any more. */
    void forget() {
        guard.release();
    }

    /** True when {@code /q/health/ready} answers 200. */
    boolean isReady(HttpClient http) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** SIGTERM (Quarkus shuts down in order), SIGKILL when that takes longer than the timeout. */
    void stop(Duration timeout) {
        if (process.isAlive()) {
            process.toHandle().destroy();
            try {
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
        try {
            process.getOutputStream().close();
        } catch (IOException ignored) {
            // already closed
        }
        guard.release();
    }
}
