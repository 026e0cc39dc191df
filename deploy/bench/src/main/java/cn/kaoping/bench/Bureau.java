package cn.kaoping.bench;

import cn.kaoping.servers.TokenMinter;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The people and files a workload needs, made through evaluation-service's REST API as a bureau would: a brigade
 * with its reviewer, a police station with its legal officer and officers, and case files registered and submitted,
 * ready to be reviewed. Set-up is not measured.
 */
public final class Bureau {

    /** Three findings of three dimensions (2 + 2 + 1 points). */
    public static final List<Map<String, Object>> THREE_FINDINGS = List.of(
            Map.of("itemCode", "EV02", "note", "笔录无当事人签名"),
            Map.of("itemCode", "DO01", "note", "文书错字"),
            Map.of("itemCode", "FI01", "note", "卷内目录不全"));

    private final Http http;
    private final String evaluation;
    private final TokenMinter tokens;
    private final String tag = UUID.randomUUID().toString().substring(0, 6);
    private final String admin;
    private String stationId;
    private String brigadeId;
    private String reviewerId;
    private String legalOfficerId;
    private String legalOfficerToken;
    private String reviewerToken;
    private final List<String> officerIds = new ArrayList<>();

    public Bureau(Http http, String evaluation, TokenMinter tokens) {
        this.http = http;
        this.evaluation = evaluation;
        this.tokens = tokens;
        this.admin = tokens.mint("bench-admin", null, "ADMIN");
    }

    /** Units and officers; {@code officers} primary officers to spread files over. */
    public Bureau create(int officers) {
        brigadeId = unit("FZDD" + tag, "法制大队");
        stationId = unit("CGPCS" + tag, "城关派出所");
        reviewerId = officer("R" + tag, "考评员", brigadeId, "REVIEWER");
        legalOfficerId = officer("L" + tag, "法制员", stationId, "UNIT_LEGAL_OFFICER");
        for (int i = 0; i < officers; i++) {
            officerIds.add(officer("O" + tag + i, "民警" + i, stationId, "OFFICER"));
        }
        reviewerToken = tokens.mint(reviewerId, brigadeId, "REVIEWER");
        legalOfficerToken = tokens.mint(legalOfficerId, stationId, "UNIT_LEGAL_OFFICER");
        return this;
    }

    public String reviewerToken() {
        return reviewerToken;
    }

    /** The station whose files this bureau registers, and its officers, legal officer and reviewer (of the brigade). */
    public String stationId() {
        return stationId;
    }

    public String brigadeId() {
        return brigadeId;
    }

    public List<String> officerIds() {
        return List.copyOf(officerIds);
    }

    public String legalOfficerId() {
        return legalOfficerId;
    }

    public String reviewerId() {
        return reviewerId;
    }

    public String legalOfficerToken() {
        return legalOfficerToken;
    }

    public String adminToken() {
        return admin;
    }

    public String evaluation() {
        return evaluation;
    }

    /** {@code count} files registered and submitted, by {@code threads} clients at once; their ids. */
    public ConcurrentLinkedQueue<String> submittedFiles(int count, int threads) throws Exception {
        ConcurrentLinkedQueue<String> ids = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> work = new ArrayList<>();
            LocalDate closedOn = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(3);
            for (int i = 0; i < count; i++) {
                int n = i;
                work.add(pool.submit(() -> {
                    JsonNode file = http.required(http.post(evaluation + "/api/v1/case-files", legalOfficerToken, Map.of(
                            "caseNumber", "城公（治）行罚决字〔2026〕" + tag + "-" + UUID.randomUUID(),
                            "kind", "ADMINISTRATIVE_PENALTY", "unitId", stationId,
                            "primaryOfficerId", officerIds.get(n % officerIds.size()), "coHandlerIds", List.of(),
                            "closedOn", closedOn.toString())), "registration");
                    String id = file.path("id").asText();
                    http.required(http.post(evaluation + "/api/v1/case-files/" + id + "/submission", legalOfficerToken,
                            null), "submission");
                    ids.add(id);
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return ids;
    }

    /** A round-one review with three findings; the HTTP status. */
    public int review(String caseFileId) {
        return http.post(evaluation + "/api/v1/case-files/" + caseFileId + "/reviews", reviewerToken,
                Map.of("findings", THREE_FINDINGS)).status();
    }

    /** Registers a unit (as ADMIN); its id. */
    public String unit(String code, String name) {
        return http.required(http.post(evaluation + "/api/v1/units", admin, Map.of("code", code, "name", name)),
                "unit " + code).path("id").asText();
    }

    /** Registers an officer with one role (as ADMIN); his id. */
    public String officer(String number, String name, String unitId, String role) {
        return http.required(http.post(evaluation + "/api/v1/officers", admin, Map.of("policeNumber", number,
                "name", name, "unitId", unitId, "roles", List.of(role))), "officer " + number).path("id").asText();
    }
}
