package cn.kaoping.e2e;

import cn.kaoping.servers.TokenMinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;

/**
 * The process of the seed (a county bureau's "评" in 2017, PROCESS.md E1–E7) played through evaluation-service's
 * REST API, as the people of the bureau would: an ADMIN registers the units and officers and publishes a drill
 * rulebook version; the units' legal officers register, pre-review (or not) and submit their closed files, on
 * time or late; a reviewer of the legal brigade reviews them across the six dimensions; the units rectify and
 * resubmit; one file is never submitted and one never resubmitted.
 *
 * <p>Nothing here checks results: {@link SeedScenarioTest} does, from the ids and the answers kept in
 * {@link #snapshot(String)}. {@code SeedMain} plays the same scenario against a running local stack.
 *
 * <p>Files (the arithmetic of their cards is in {@link SeedScenarioTest}):
 * <pre>
 * F1 城关派出所 王强 closed 3 days ago, pre-reviewed, on time; round one finds nothing
 * F2 城关派出所 李明 closed 4 days ago, pre-reviewed, on time; findings in all six dimensions; partly rectified
 * F3 城关派出所 李明 (co-handler 王强) closed 2 days ago, not pre-reviewed; evidence over its weight; partly rectified
 * F4 交警大队 赵刚 closed a month and 9 days ago: overdue at once, pre-reviewed, submitted late; all rectified
 * F5 交警大队 赵刚 closed 3 months ago: overdue at once, not pre-reviewed, submitted late; a veto item
 * F6 治安大队 孙伟 (co-handler 周磊) closed 5 days ago, pre-reviewed, on time; partly rectified, a new finding
 * F7 治安大队 周磊 closed 2 months ago: overdue at once, never submitted
 * F8 治安大队 孙伟 closed today, under the drill rulebook (rectification within 20 s): never resubmitted
 * F9 城关派出所 王强 closed yesterday, pre-reviewed, on time; round two only after the month is published
 * </pre>
 */
final class SeedScenario {

    static final ZoneId BUREAU = ZoneId.of("Asia/Shanghai");
    static final String DEFAULT_RULEBOOK = "default-v1";
    static final List<String> FILES = List.of("F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9");

    private final Api evaluation;
    private final Api publicity;
    private final TokenMinter tokens;
    private final LocalDate today;
    private final String tag;
    private final PrintStream log;

    private final Map<String, String> units = new LinkedHashMap<>();
    private final Map<String, String> officers = new LinkedHashMap<>();
    private final Map<String, String> officerNames = new LinkedHashMap<>();
    private final Map<String, String> files = new LinkedHashMap<>();
    private final Map<String, LocalDate> closedOn = new LinkedHashMap<>();
    private final Map<String, JsonNode> snapshots = new LinkedHashMap<>();
    private String drillVersionId;

    /**
     * @param tag added to codes, police numbers, case numbers and the drill version id so that the scenario can
     *            run more than once against one stack; empty for a fresh stack
     */
    SeedScenario(Api evaluation, Api publicity, TokenMinter tokens, LocalDate today, String tag, PrintStream log) {
        this.evaluation = evaluation;
        this.publicity = publicity;
        this.tokens = tokens;
        this.today = today;
        this.tag = tag == null ? "" : tag;
        this.log = log;
    }

    // ---- the whole scenario ---------------------------------------------------------------------

    /** Everything up to the publication of the month: the reviews of every file but F9's round two. */
    void playUntilPublication(Duration rectificationWait) {
        registerUnitsAndOfficers();
        publishDrillRulebook();
        registerFiles();
        preReviewAndSubmit();
        reviewRoundOne();
        rectifyAndReviewRoundTwo();
        awaitExpiredRectification("F8", rectificationWait);
    }

    // ---- ADMIN: units, officers, the drill rulebook -------------------------------------------------

    void registerUnitsAndOfficers() {
        unit("CG", "CGPCS", "城关派出所");
        unit("JJ", "JJDD", "交警大队");
        unit("ZA", "ZADD", "治安大队");
        unit("FZ", "FZDD", "法制大队");
        officer("WANG", "031001", "王强", "CG", "OFFICER");
        officer("LI", "031002", "李明", "CG", "OFFICER");
        officer("CHEN", "031003", "陈静", "CG", "UNIT_LEGAL_OFFICER");
        officer("ZHAO", "032001", "赵刚", "JJ", "OFFICER");
        officer("LIU", "032002", "刘洋", "JJ", "UNIT_LEGAL_OFFICER");
        officer("SUN", "033001", "孙伟", "ZA", "OFFICER");
        officer("ZHOU", "033002", "周磊", "ZA", "OFFICER");
        officer("WU", "033003", "吴敏", "ZA", "UNIT_LEGAL_OFFICER");
        officer("ZHENG", "030001", "郑华", "FZ", "REVIEWER");
        log.println("Registered " + units.size() + " units and " + officers.size() + " officers");
    }

    /**
     * E7: a copy of the rulebook in force with a 20-second rectification period, in force from today: it governs
     * the files closed today (F8 only; the others closed earlier stay under the default version).
     */
    void publishDrillRulebook() {
        JsonNode inForce = evaluation.get("/api/v1/rulebook", admin());
        snapshots.put("rulebook.inForceBefore", inForce);
        ObjectNode drill = inForce.deepCopy();
        drillVersionId = "drill-pt20s" + suffix("-");
        drill.put("versionId", drillVersionId);
        drill.put("name", "执法质量考评细则（整改期限演练版：20 秒）");
        drill.put("effectiveFrom", today.toString());
        ((ObjectNode) drill.get("deadlines")).put("rectification", "PT20S");
        snapshots.put("rulebook.drill", evaluation.post("/api/v1/rulebook/versions", admin(), drill, 201));
        log.println("Published rulebook version " + drillVersionId + " (rectification PT20S) effective " + today);
    }

    // ---- E1 registration ---------------------------------------------------------------------------

    void registerFiles() {
        register("F1", "CG", "WANG", List.of(), "ADMINISTRATIVE_PENALTY", today.minusDays(3));
        register("F2", "CG", "LI", List.of(), "ADMINISTRATIVE_PENALTY", today.minusDays(4));
        register("F3", "CG", "LI", List.of("WANG"), "ADMINISTRATIVE_COMPULSION", today.minusDays(2));
        // Its submission deadline passed 9 to 12 days ago: overdue at registration.
        register("F4", "JJ", "ZHAO", List.of(), "ADMINISTRATIVE_PENALTY", today.minusDays(9).minusMonths(1));
        register("F5", "JJ", "ZHAO", List.of(), "ADMINISTRATIVE_LICENSING", today.minusMonths(3));
        register("F6", "ZA", "SUN", List.of("ZHOU"), "ADMINISTRATIVE_PENALTY", today.minusDays(5));
        register("F7", "ZA", "ZHOU", List.of(), "OTHER", today.minusMonths(2));
        register("F8", "ZA", "SUN", List.of(), "ADMINISTRATIVE_PENALTY", today);
        register("F9", "CG", "WANG", List.of(), "ADMINISTRATIVE_PENALTY", today.minusDays(1));
        log.println("Registered " + files.size() + " case files");
    }

    // ---- E2/E3 pre-review and submission ------------------------------------------------------------

    void preReviewAndSubmit() {
        preReview("F1", List.of(finding("FI02", "卷内目录页码与实际不符（已当场更正）")));
        preReview("F2", List.of());
        preReview("F4", List.of(finding("DO02", "送达回执缺少送达时间（已补填）")));
        preReview("F6", List.of(finding("EV02", "询问笔录无第二名民警签名（已补签）")));
        preReview("F8", List.of());
        preReview("F9", List.of(finding("DO01", "使用旧版告知笔录（已更换）")));
        for (String file : List.of("F1", "F2", "F3", "F4", "F5", "F6", "F8", "F9")) {
            submit(file, "submitted");
        }
        log.println("Submitted 8 files (F4 and F5 late, F3 and F5 without pre-review); F7 is never submitted");
    }

    // ---- E4/E5 round one -----------------------------------------------------------------------------

    void reviewRoundOne() {
        // First, so that its 20-second rectification period runs while the others are reviewed.
        review("F8", "reviewed1", List.of(
                finding("EV02", "询问笔录第2页无当事人签名"),
                finding("FI01", "两起案件材料合订一卷")), List.of(), List.of());
        review("F1", "reviewed1", List.of(), List.of(), List.of());
        review("F2", "reviewed1", List.of(
                finding("EV02", "询问笔录第3页无当事人签名"),
                finding("CH01", "决定书案由表述为“打架”，应为“殴打他人”"),
                finding("PR01", "超过办案期限5日"),
                finding("DI02", "缺少罚款缴纳凭证"),
                finding("DO02", "决定书未写明处罚依据条款"),
                finding("DO02", "送达回执缺少送达时间"),
                finding("FI02", "卷内目录页码与实际不符")), List.of(), List.of());
        review("F3", "reviewed1", List.of(
                finding("EV01", "缺少现场检查笔录"),
                finding("EV01", "缺少被侵害人陈述"),
                finding("EV01", "缺少证人证言"),
                finding("EV01", "3.5", "鉴定意见复印件不全，缺第2页"),
                finding("EV03", "检查时仅一名民警在场"),
                finding("EV02", "辨认笔录无见证人签名"),
                finding("DI01", "强制措施期限超出裁量基准且未说明理由")), List.of(), List.of());
        review("F4", "reviewed1", List.of(
                finding("PR03", "行政拘留后未通知家属"),
                finding("DO01", "使用旧版处罚告知笔录")), List.of(), List.of());
        review("F5", "reviewed1", List.of(
                finding("V05", "不予许可前未告知申请人陈述、申辩权利"),
                finding("FI03", "决定书装订在申请材料之前")), List.of(), List.of());
        review("F6", "reviewed1", List.of(
                finding("PR05", "吊销许可证的决定未经法制审核"),
                finding("DI01", "罚款数额超出裁量基准且未说明理由"),
                finding("CH01", "违法行为表述不准确")), List.of(), List.of());
        review("F9", "reviewed1", List.of(
                finding("PR04", "扣押物品48小时后才移交保管人"),
                finding("DI02", "缺少没收物品处理凭证"),
                finding("DO02", "决定书未填写复议机关")), List.of(), List.of());
        log.println("Reviewed round one of 8 files");
    }

    // ---- E6 rectification, resubmission, round two -------------------------------------------------

    void rectifyAndReviewRoundTwo() {
        submit("F2", "resubmitted");
        review("F2", "reviewed2", List.of(finding("PR02", "整改后发现决定书副本5日后才送达被侵害人")),
                List.of("R1-1", "R1-2", "R1-4", "R1-5", "R1-6"), List.of("R1-3", "R1-7"));
        submit("F3", "resubmitted");
        review("F3", "reviewed2", List.of(),
                List.of("R1-1", "R1-2", "R1-3", "R1-4", "R1-5", "R1-6"), List.of("R1-7"));
        submit("F4", "resubmitted");
        review("F4", "reviewed2", List.of(), List.of("R1-1", "R1-2"), List.of());
        submit("F5", "resubmitted");
        review("F5", "reviewed2", List.of(), List.of("R1-1"), List.of("R1-2"));
        submit("F6", "resubmitted");
        review("F6", "reviewed2", List.of(finding("EV02", "补充的询问笔录仍无当事人签名")),
                List.of("R1-2"), List.of("R1-1", "R1-3"));
        log.println("Reviewed round two of 5 files; F8 waits for its rectification deadline, F9 for later");
    }

    /** E6: the deadline scheduler closes a file whose rectification period passed without resubmission. */
    void awaitExpiredRectification(String file, Duration timeout) {
        JsonNode detail = Awaitility.await(file + " is closed by its rectification deadline").atMost(timeout)
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> evaluation.get("/api/v1/case-files/" + id(file), reviewer()),
                        d -> "CLOSED".equals(d.path("state").asText()));
        snapshots.put(file + ".expired", detail);
        log.println(file + " closed by its rectification deadline");
    }

    // ---- P1 publication, then a later review ---------------------------------------------------------

    /** A reviewer publishes the month's list (publicity-service): a frozen, numbered version. */
    JsonNode publishMonth(YearMonth month) {
        JsonNode published = publicity.post("/api/v1/monthly-lists/" + month + "/publication", reviewer(), null, 201);
        snapshots.put("published." + month, published);
        log.println("Published the monthly list of " + month + " as version " + published.path("version").asText());
        return published;
    }

    /** F9 is rectified in part and reviewed again after its month was published. */
    void reviewF9RoundTwo() {
        submit("F9", "resubmitted");
        review("F9", "reviewed2", List.of(), List.of("R1-1", "R1-3"), List.of("R1-2"));
        log.println("Reviewed round two of F9 after the publication");
    }

    // ---- what the checks need -----------------------------------------------------------------------

    String id(String file) {
        return required(files, file, "file");
    }

    String unitId(String unit) {
        return required(units, unit, "unit");
    }

    String officerId(String officer) {
        return required(officers, officer, "officer");
    }

    String officerName(String officer) {
        return required(officerNames, officer, "officer");
    }

    Map<String, String> officerIds() {
        return Map.copyOf(officers);
    }

    Map<String, String> unitIds() {
        return Map.copyOf(units);
    }

    Map<String, String> fileIds() {
        return Map.copyOf(files);
    }

    LocalDate closedOn(String file) {
        return required(closedOn, file, "file");
    }

    LocalDate today() {
        return today;
    }

    String drillVersionId() {
        return drillVersionId;
    }

    /** The answer of one step, e.g. {@code F4.registered}, {@code F2.reviewed2}, {@code rulebook.drill}. */
    JsonNode snapshot(String key) {
        return required(snapshots, key, "snapshot");
    }

    String admin() {
        return tokens.mint("admin-e2e", null, "ADMIN");
    }

    String reviewer() {
        return tokens.mint(officerId("ZHENG"), unitId("FZ"), "REVIEWER");
    }

    /** An officer's own token (OFFICER), in his unit. */
    String officer(String officer, String unit) {
        return tokens.mint(officerId(officer), unitId(unit), "OFFICER");
    }

    String leadership() {
        return tokens.mint("leader-e2e", "bureau-leadership", "LEADERSHIP");
    }

    String legalOfficerOf(String unit) {
        String officer = switch (unit) {
            case "CG" -> "CHEN";
            case "JJ" -> "LIU";
            case "ZA" -> "WU";
            default -> throw new IllegalArgumentException("no legal officer in " + unit);
        };
        return tokens.mint(officerId(officer), unitId(unit), "UNIT_LEGAL_OFFICER");
    }

    // ---- steps ----------------------------------------------------------------------------------------

    private void unit(String key, String code, String name) {
        JsonNode unit = evaluation.post("/api/v1/units", admin(), Map.of("code", code + suffix("-"), "name", name), 201);
        units.put(key, unit.path("id").asText());
    }

    private void officer(String key, String policeNumber, String name, String unit, String role) {
        JsonNode officer = evaluation.post("/api/v1/officers", admin(), Map.of("policeNumber", policeNumber + suffix("-"),
                "name", name, "unitId", unitId(unit), "roles", List.of(role)), 201);
        officers.put(key, officer.path("id").asText());
        officerNames.put(key, name);
    }

    private void register(String file, String unit, String officer, List<String> coHandlers, String kind,
                          LocalDate closed) {
        String prefix = switch (unit) {
            case "CG" -> "城公（治）行罚决字";
            case "JJ" -> "交公（交）行罚决字";
            default -> "治公（治）行罚决字";
        };
        String caseNumber = prefix + "〔" + closed.getYear() + "〕" + suffix("", "-") + "0" + file.substring(1) + "号";
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("caseNumber", caseNumber);
        body.put("kind", kind);
        body.put("unitId", unitId(unit));
        body.put("primaryOfficerId", officerId(officer));
        body.put("coHandlerIds", coHandlers.stream().map(this::officerId).toList());
        body.put("closedOn", closed.toString());
        JsonNode registered = evaluation.post("/api/v1/case-files", legalOfficerOf(unit), body, 201);
        files.put(file, registered.path("id").asText());
        closedOn.put(file, closed);
        snapshots.put(file + ".registered", registered);
    }

    private void preReview(String file, List<Map<String, Object>> findings) {
        snapshots.put(file + ".preReviewed", evaluation.post("/api/v1/case-files/" + id(file) + "/pre-review",
                legalOfficerOf(unitOf(file)), Map.of("findings", findings), 200));
    }

    private void submit(String file, String step) {
        snapshots.put(file + "." + step, evaluation.post("/api/v1/case-files/" + id(file) + "/submission",
                legalOfficerOf(unitOf(file)), null, 200));
    }

    private void review(String file, String step, List<Map<String, Object>> findings, List<String> rectified,
                        List<String> unrectified) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("findings", findings);
        body.put("rectifiedFindingIds", rectified);
        body.put("unrectifiedFindingIds", unrectified);
        snapshots.put(file + "." + step, evaluation.post("/api/v1/case-files/" + id(file) + "/reviews", reviewer(),
                body, 200));
    }

    private String unitOf(String file) {
        JsonNode registered = snapshot(file + ".registered");
        String unitId = registered.path("unitId").asText();
        return units.entrySet().stream().filter(e -> e.getValue().equals(unitId)).map(Map.Entry::getKey)
                .findFirst().orElseThrow();
    }

    static Map<String, Object> finding(String itemCode, String note) {
        return Map.of("itemCode", itemCode, "note", note);
    }

    static Map<String, Object> finding(String itemCode, String points, String note) {
        return Map.of("itemCode", itemCode, "points", new BigDecimal(points), "note", note);
    }

    private String suffix(String separator) {
        return tag.isEmpty() ? "" : separator + tag;
    }

    private String suffix(String before, String after) {
        return tag.isEmpty() ? "" : before + tag + after;
    }

    private static <V> V required(Map<String, V> map, String key, String what) {
        V value = map.get(key);
        if (value == null) {
            throw new IllegalStateException("no " + what + " " + key + " in the scenario (yet)");
        }
        return value;
    }

    @Override
    public String toString() {
        return "seed scenario of " + today + (tag.isEmpty() ? "" : " (" + tag + ")") + ": files " + files
                + (drillVersionId == null ? "" : ", drill rulebook " + drillVersionId)
                + ", snapshots " + snapshots.keySet();
    }
}
