package cn.kaoping.faults;

import cn.kaoping.bench.Bureau;
import cn.kaoping.bench.Http;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * R7: many clients send the same conflicting command at the same instant (released together by a latch): a review
 * of one submitted file, the confirmation of one training selection, the approval of one funding allocation, the
 * decision of one accountability case. Exactly one may succeed each; the others are refused (409 expected).
 */
final class Races {

    private static final ZoneId BUREAU = ZoneId.of("Asia/Shanghai");
    private static final Duration WITHIN = Duration.ofSeconds(60);

    private final Lab lab;
    private final Http http;
    private final int racers;

    Races(Lab lab, int racers) {
        this.lab = lab;
        this.http = lab.http();
        this.racers = racers;
    }

    Verdict run() throws Exception {
        Verdict v = new Verdict("R7", racers + " concurrent conflicting commands on one file, one selection, one allocation, one case");
        Bureau a = lab.a();
        String evaluation = lab.url("evaluation");

        String file = a.submittedFiles(1, 1).poll();
        race(v, "review of one submitted file", () -> http.post(evaluation + "/api/v1/case-files/" + file + "/reviews",
                a.reviewerToken(), Map.of("findings", Bureau.THREE_FINDINGS)));

        String selection = selectionReadyToConfirm(a);
        lab.remember("selection", selection);
        race(v, "confirmation of one selection", () -> http.post(lab.url("training") + "/api/v1/selections/" + selection
                + "/confirmation", lab.reviewer(), null));

        String allocation = allocationReadyToApprove();
        lab.remember("allocation", allocation);
        race(v, "approval of one funding allocation", () -> http.post(lab.url("incentive") + "/api/v1/funding-allocations/"
                + allocation + "/approval", lab.leadership(), null));

        String supervisionCase = caseReadyToDecide(a);
        lab.remember("case", supervisionCase);
        String form = http.required(http.get(lab.url("supervision") + "/api/v1/liability-forms", lab.reviewer()),
                "liability forms").get(0).path("code").asText();
        LocalDate today = LocalDate.now(BUREAU);
        race(v, "decision of one accountability case", () -> http.post(lab.url("supervision") + "/api/v1/accountability-cases/"
                + supervisionCase + "/decision", lab.leadership(), Map.of("decidedOn", today.toString(),
                "batch", today.getYear() + "年第1批", "outcome", "LIABLE", "forms", List.of(form), "grounds", "拒不整改，情节较轻")));
        return v;
    }

    private void race(Verdict v, String what, Supplier<Http.Answer> command) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        CountDownLatch ready = new CountDownLatch(racers);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < racers; i++) {
                answers.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    try {
                        return command.get().status();
                    } catch (RuntimeException e) {
                        return -1;
                    }
                }));
            }
            ready.await();
            go.countDown();
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (Future<Integer> f : answers) {
                statuses.merge(f.get(), 1, Integer::sum);
            }
            long succeeded = statuses.entrySet().stream().filter(e -> e.getKey() / 100 == 2).mapToLong(Map.Entry::getValue).sum();
            long serverErrors = statuses.entrySet().stream().filter(e -> e.getKey() >= 500 || e.getKey() < 0)
                    .mapToLong(Map.Entry::getValue).sum();
            v.check("exactly one " + what + " succeeds", succeeded == 1, succeeded + " of " + racers + " succeeded; statuses " + statuses);
            v.check("no " + what + " answers 5xx or fails to answer", serverErrors == 0, serverErrors + " answers 5xx or none");
            v.figure(what, statuses);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Two files reviewed without findings (their evaluation ends) in this quarter; a selection choosing one of them. */
    private String selectionReadyToConfirm(Bureau a) throws Exception {
        String evaluation = lab.url("evaluation");
        List<String> clean = new ArrayList<>();
        for (String id : a.submittedFiles(2, 2)) {
            http.required(http.post(evaluation + "/api/v1/case-files/" + id + "/reviews", a.reviewerToken(),
                    Map.of("findings", List.of())), "review without findings");
            clean.add(id);
        }
        YearMonth month = YearMonth.now(BUREAU);
        String quarter = month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1);
        JsonNode selection = await("the selection names the clean files as candidates", () -> {
            Http.Answer opened = http.post(lab.url("training") + "/api/v1/selections", lab.reviewer(), Map.of("period", quarter));
            if (!opened.ok()) {
                return null;
            }
            List<String> best = opened.body().path("bestCandidates").findValuesAsText("caseFileId");
            return best.containsAll(clean) ? opened.body() : null;
        });
        String id = selection.path("id").asText();
        http.required(http.put(lab.url("training") + "/api/v1/selections/" + id, lab.reviewer(), Map.of("best", List.of(clean.get(0)),
                "worst", List.of(), "panelIds", List.of(a.reviewerId()), "notes", "故障测试")), "choice of the selection");
        return id;
    }

    private String allocationReadyToApprove() throws Exception {
        String month = YearMonth.now(BUREAU).toString();
        await("this month's points", () -> {
            Http.Answer p = http.get(lab.url("incentive") + "/api/v1/performance/" + month, lab.reviewer());
            return p.ok() && p.body().path("officers").size() > 0 ? p.body() : null;
        });
        JsonNode allocation = await("an allocation of this month", () -> {
            Http.Answer created = http.post(lab.url("incentive") + "/api/v1/funding-allocations", lab.leadership(),
                    Map.of("period", month, "pool", "10000.00"));
            return created.ok() ? created.body() : null;
        });
        return allocation.path("id").asText();
    }

    private String caseReadyToDecide(Bureau a) throws Exception {
        String supervision = lab.url("supervision");
        String officerId = a.officerIds().get(0);
        JsonNode opened = await("a case for an officer supervision knows", () -> {
            Http.Answer created = http.post(supervision + "/api/v1/accountability-cases", lab.reviewer(),
                    Map.of("officerId", officerId, "reason", "故障测试：问题案卷整改不到位"));
            return created.ok() ? created.body() : null;
        });
        String id = opened.path("id").asText();
        http.required(http.post(supervision + "/api/v1/accountability-cases/" + id + "/notification", lab.reviewer(), null), "notification");
        http.required(http.post(supervision + "/api/v1/accountability-cases/" + id + "/statement",
                lab.tokens().mint(officerId, a.stationId(), "OFFICER"), Map.of("text", "本人无异议。")), "statement");
        http.required(http.post(supervision + "/api/v1/accountability-cases/" + id + "/submission", lab.reviewer(), null), "submission");
        return id;
    }

    private static JsonNode await(String what, Supplier<JsonNode> attempt) {
        long began = System.nanoTime();
        while (System.nanoTime() - began < WITHIN.toNanos()) {
            JsonNode result;
            try {
                result = attempt.get();
            } catch (RuntimeException e) {
                result = null;
            }
            if (result != null) {
                return result;
            }
            Lab.sleep(500);
        }
        throw new IllegalStateException("not within " + WITHIN.toSeconds() + " s: " + what);
    }
}
