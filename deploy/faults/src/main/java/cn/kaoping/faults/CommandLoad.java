package cn.kaoping.faults;

import cn.kaoping.bench.Bureau;
import cn.kaoping.bench.Http;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The load under which faults are injected: a few clients, each registering a case file, submitting it and reviewing
 * it, one file after the other, as the people of bureau A would. Every 2xx is remembered with the event it must
 * have stored; every other answer or failed connection with its time. Bounded: stops at {@link #stop()}, after
 * {@code maxTime} or {@code maxFiles}, whichever comes first; only the loopback is called.
 */
final class CommandLoad implements AutoCloseable {

    /** A command the service accepted (2xx): the aggregate and the simple name of the event it stores. */
    record Accepted(String aggregateId, String event, long atMillis) {
    }

    /** An answer that was not 2xx (status -1: no answer at all), its problem code if any, when it came. */
    record Failure(String command, int status, String code, long atMillis) {
    }

    private final Http http;
    private final Bureau bureau;
    private final String url;
    private final AtomicBoolean stop = new AtomicBoolean();
    private final AtomicInteger files = new AtomicInteger();
    private final ConcurrentLinkedQueue<Accepted> accepted = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Failure> failures = new ConcurrentLinkedQueue<>();
    private final List<Thread> threads = new ArrayList<>();
    private final String tag = UUID.randomUUID().toString().substring(0, 6);
    private final int maxFiles;
    private final long deadline;

    CommandLoad(Lab lab, int clients, int maxFiles, Duration maxTime) {
        this.http = lab.http();
        this.bureau = lab.a();
        this.url = lab.url("evaluation");
        this.maxFiles = maxFiles;
        this.deadline = System.nanoTime() + maxTime.toNanos();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(this::client, "faults-load-" + c);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
    }

    private void client() {
        LocalDate closedOn = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(2);
        while (!stop.get() && System.nanoTime() < deadline) {
            int n = files.incrementAndGet();
            if (n > maxFiles) {
                return;
            }
            String id = register(n, closedOn);
            if (id != null && step("submission", id, "/submission", null, "CaseFileSubmitted")) {
                step("review", id, "/reviews", Map.of("findings", Bureau.THREE_FINDINGS), "CaseFileReviewed");
            }
        }
    }

    private String register(int n, LocalDate closedOn) {
        Http.Answer answer = call(() -> http.post(url + "/api/v1/case-files", bureau.legalOfficerToken(), Map.of(
                "caseNumber", "城公（治）行罚决字〔2026〕F" + tag + "-" + n, "kind", "ADMINISTRATIVE_PENALTY",
                "unitId", bureau.stationId(), "primaryOfficerId", bureau.officerIds().get(n % bureau.officerIds().size()),
                "coHandlerIds", List.of(), "closedOn", closedOn.toString())));
        if (answer != null && answer.ok()) {
            String id = answer.body().path("id").asText();
            accepted.add(new Accepted(id, "CaseFileRegistered", System.currentTimeMillis()));
            return id;
        }
        failed("registration", answer);
        return null;
    }

    private boolean step(String command, String id, String path, Object body, String event) {
        String token = command.equals("review") ? bureau.reviewerToken() : bureau.legalOfficerToken();
        Http.Answer answer = call(() -> http.post(url + "/api/v1/case-files/" + id + path, token, body));
        if (answer != null && answer.ok()) {
            accepted.add(new Accepted(id, event, System.currentTimeMillis()));
            return true;
        }
        failed(command, answer);
        return false;
    }

    private void failed(String command, Http.Answer answer) {
        String code = answer == null || answer.body() == null ? "" : answer.body().path("code").asText("");
        failures.add(new Failure(command, answer == null ? -1 : answer.status(), code, System.currentTimeMillis()));
        Lab.sleep(100); // a service that is away is not hammered
    }

    private static Http.Answer call(java.util.function.Supplier<Http.Answer> request) {
        try {
            return request.get();
        } catch (RuntimeException e) {
            return null;
        }
    }

    void stop() {
        stop.set(true);
        for (Thread t : threads) {
            try {
                t.join(90_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        stop();
    }

    List<Accepted> accepted() {
        return List.copyOf(accepted);
    }

    List<Failure> failures() {
        return List.copyOf(failures);
    }
}
