package cn.kaoping.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Health as an orchestrator sees it: the status of {@code /q/health/live} and {@code /q/health/ready}, -1 unreachable. */
final class Probe {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    private Probe() {
    }

    static int live(String baseUrl) {
        return status(baseUrl + "/q/health/live");
    }

    static int ready(String baseUrl) {
        return status(baseUrl + "/q/health/ready");
    }

    static int status(String url) {
        try {
            return CLIENT.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Waits until the service answers ready; the seconds it took, or -1 after {@code timeout}. */
    static double awaitReady(String baseUrl, Duration timeout) {
        long began = System.nanoTime();
        while (System.nanoTime() - began < timeout.toNanos()) {
            if (ready(baseUrl) == 200) {
                return (System.nanoTime() - began) / 1e9;
            }
            Lab.sleep(200);
        }
        return -1;
    }
}
