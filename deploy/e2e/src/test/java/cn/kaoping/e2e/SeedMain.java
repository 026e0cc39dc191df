package cn.kaoping.e2e;

import cn.kaoping.servers.DevKeys;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.awaitility.Awaitility;

/**
 * {@code deploy/seed.sh}: plays {@link SeedScenario} against a running local stack ({@code deploy/run.sh}), so
 * that the legal web page has something to show: units, officers, nine case files through the whole process,
 * the month's list published, then one more review that only the live list shows.
 *
 * <pre>
 * --evaluation URL   evaluation-service (default http://localhost:8081)
 * --publicity URL    publicity-service (default http://localhost:8082)
 * --data DIR         the stack's data folder, for its development key pair (default .kaoping-data)
 * --tag TEXT         added to unit codes, police numbers, case numbers and the drill version, to seed again
 * </pre>
 */
public final class SeedMain {

    private SeedMain() {
    }

    public static void main(String[] args) {
        String evaluationUrl = "http://localhost:8081";
        String publicityUrl = "http://localhost:8082";
        Path data = Path.of(".kaoping-data");
        String tag = "";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--evaluation" -> evaluationUrl = value(args, ++i);
                case "--publicity" -> publicityUrl = value(args, ++i);
                case "--data" -> data = Path.of(value(args, ++i));
                case "--tag" -> tag = value(args, ++i);
                default -> {
                    System.err.println("seed: unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        PrintStream out = System.out;
        LocalDate today = LocalDate.now(SeedScenario.BUREAU);
        YearMonth month = YearMonth.from(today);
        Api publicity = new Api(publicityUrl);
        SeedScenario scenario = new SeedScenario(new Api(evaluationUrl), publicity,
                DevKeys.load(data.resolve("keys")).tokens(), today, tag, out);
        int version = 0;
        try {
            scenario.playUntilPublication(Duration.ofSeconds(150));
            waitForProjection(publicity, scenario, month);
            version = scenario.publishMonth(month).path("version").asInt();
            scenario.reviewF9RoundTwo();
        } catch (AssertionError | RuntimeException e) {
            System.err.println("seed: " + e.getMessage());
            System.err.println("(a second run on the same stack needs --tag, e.g. --tag 2)");
            System.exit(1);
        }
        out.println();
        out.println("Seeded. Case files: " + scenario.fileIds());
        out.println("  " + publicityUrl + "/monthly-lists/" + month + "              published version " + version);
        out.println("  " + publicityUrl + "/monthly-lists/" + month + "?live=true    live (F9 reviewed again after publication; with a token)");
        out.println("  " + publicityUrl + "/red-cards/" + month);
        out.println("  " + evaluationUrl + "/q/swagger-ui   (tokens: deploy/mint-token.sh)");
    }

    /**
     * The list is published from publicity-service's projection of the evaluation events: wait (at most 30 s)
     * until this month's lines of 王强, 李明 and 孙伟 carry every review (6, 50 and 27 points over 2 files each).
     */
    private static void waitForProjection(Api publicity, SeedScenario scenario, YearMonth month) {
        Map<String, String> expectedTotals = Map.of("WANG", "6", "LI", "50", "SUN", "27");
        Awaitility.await("publicity-service's list of " + month + " carries every review").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    JsonNode officers = publicity.get("/api/v1/monthly-lists/" + month, scenario.reviewer())
                            .path("officers");
                    return expectedTotals.entrySet().stream().allMatch(e -> carries(officers,
                            scenario.officerId(e.getKey()), new BigDecimal(e.getValue())));
                });
    }

    private static boolean carries(JsonNode officers, String officerId, BigDecimal total) {
        for (JsonNode line : officers) {
            if (line.path("officerId").asText().equals(officerId)) {
                return line.path("totalDeduction").decimalValue().compareTo(total) == 0;
            }
        }
        return false;
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            System.err.println("seed: " + args[i - 1] + " needs a value");
            System.exit(2);
        }
        return args[i];
    }
}
