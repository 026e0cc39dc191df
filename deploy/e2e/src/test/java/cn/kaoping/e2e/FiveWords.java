package cn.kaoping.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * 训 奖 督 after the seed's month is published with its red cards (李明, 孙伟): what the three services make of the
 * same events, through their REST APIs as the portal would call them. Each check names the rule it follows.
 */
final class FiveWords {

    private static final Duration WITHIN = Duration.ofSeconds(30);

    private final SeedScenario scenario;
    private final Api evaluation;
    private final Api training;
    private final Api incentive;
    private Api supervision;
    private final YearMonth month;
    private final LocalDate today;

    FiveWords(SeedScenario scenario, Api evaluation, Api training, Api incentive, YearMonth month, LocalDate today) {
        this.scenario = scenario;
        this.evaluation = evaluation;
        this.training = training;
        this.incentive = incentive;
        this.month = month;
        this.today = today;
    }

    /** T3: every red card of the published month is a nomination within seconds, with its problem files. */
    void redCardedOfficersAreNominated() {
        String reviewer = scenario.reviewer();
        AtomicReference<JsonNode> nominations = new AtomicReference<>();
        await("the red-carded officers are nominated").atMost(WITHIN).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    nominations.set(training.get("/api/v1/lagging-officers", reviewer, Map.of("period", month.toString())));
                    return redCardNominees(nominations.get()).containsAll(Set.of(scenario.officerId("LI"),
                            scenario.officerId("SUN")));
                });
        assertThat(redCardNominees(nominations.get())).doesNotContain(scenario.officerId("WANG"));
        for (JsonNode n : nominations.get().path("items")) {
            if (n.path("officerId").asText().equals(scenario.officerId("LI")) && n.path("reason").asText().equals("RED_CARD")) {
                List<String> facts = new ArrayList<>();
                n.path("facts").forEach(f -> facts.add(f.path("caseFileId").asText()));
                assertThat(facts).as("李明's facts are his problem files").contains(scenario.id("F2"), scenario.id("F3"));
            }
        }
    }

    /** T1: the month's meeting agenda names the item found most often in the month's current cards. */
    void theMeetingAgendaNamesTheMonthsMostFrequentItem() {
        Map<String, Integer> counts = new HashMap<>();
        for (String file : SeedScenario.FILES) {
            JsonNode detail = evaluation.get("/api/v1/case-files/" + scenario.id(file), scenario.reviewer());
            if (!month.toString().equals(detail.path("evaluationMonth").asText())) {
                continue;
            }
            JsonNode cards = evaluation.get("/api/v1/case-files/" + scenario.id(file) + "/cards", scenario.reviewer());
            JsonNode current = lastCard(cards);
            if (current != null) {
                for (JsonNode f : current.path("card").path("findings")) {
                    if (!f.path("withdrawn").asBoolean(false)) {
                        counts.merge(f.path("itemCode").asText(), 1, Integer::sum);
                    }
                }
            }
        }
        int most = counts.values().stream().max(Integer::compare).orElseThrow();
        JsonNode meeting = training.post("/api/v1/meetings", scenario.reviewer(),
                Map.of("month", month.toString(), "heldOn", today.toString(), "place", "局三楼会议室"), 201);
        JsonNode top = meeting.path("agenda").path("frequentItems").get(0);
        assertThat(top.path("count").asInt()).as("the most frequent item's count").isEqualTo(most);
        assertThat(counts.get(top.path("itemCode").asText())).as(top.path("itemCode").asText()).isEqualTo(most);
        assertThat(top.path("itemText").asText()).as("with the rulebook's text").isNotBlank();
    }

    /** T3: a class for 李明, his self-check list from his own cards, a mock-case exam passed. */
    void aClassASelfCheckListAndAnExam() {
        JsonNode created = training.post("/api/v1/classes", scenario.reviewer(), Map.of("title", "后进民警培训班（第1期）",
                "startsOn", today.toString(), "endsOn", today.plusDays(2).toString(),
                "traineeIds", List.of(scenario.officerId("LI"))), 201);
        String classId = created.path("id").asText();
        String li = scenario.officerId("LI");
        String liToken = scenario.officer("LI", "CG");
        JsonNode selfCheck = training.get("/api/v1/classes/" + classId + "/trainees/" + li + "/self-check", liToken);
        assertThat(selfCheck.path("rows").size()).as("one row per finding on his cards").isPositive();
        for (JsonNode row : selfCheck.path("rows")) {
            assertThat(row.path("caseFileId").asText()).isIn(scenario.id("F2"), scenario.id("F3"));
        }
        JsonNode exam = training.post("/api/v1/classes/" + classId + "/trainees/" + li + "/exams", scenario.reviewer(),
                Map.of("heldOn", today.plusDays(2).toString(), "score", 88), 201);
        assertThat(exam.path("outcome").asText()).isEqualTo("PASSED");
    }

    /** T2: a selection of the quarter from the month's files, chosen and confirmed. */
    void aSelectionIsConfirmed() {
        String quarter = month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1);
        JsonNode selection = training.post("/api/v1/selections", scenario.reviewer(), Map.of("period", quarter), 201);
        String id = selection.path("id").asText();
        List<String> best = firstOf(selection.path("bestCandidates"));
        List<String> worst = firstOf(selection.path("worstCandidates"));
        worst.removeAll(best);
        assertThat(worst).as("the seed has files with deductions").isNotEmpty();
        training.put("/api/v1/selections/" + id, scenario.reviewer(), Map.of("best", best, "worst", worst,
                "panelIds", List.of(scenario.officerId("ZHENG")), "notes", "评审组意见"), 200);
        JsonNode confirmed = training.post("/api/v1/selections/" + id + "/confirmation", scenario.reviewer(), null, 200);
        assertThat(confirmed.path("state").asText()).isEqualTo("CONFIRMED");
        assertThat(confirmed.path("confirmedWorst").get(0).path("caseFileId").asText()).isEqualTo(worst.get(0));
    }

    /** I1, I2, I3: points of the month, an allocation that sums to the cent, a ranking without the red-carded. */
    void pointsAnAllocationToTheCentAndARanking() {
        String reviewer = scenario.reviewer();
        AtomicReference<JsonNode> performance = new AtomicReference<>();
        await("the month's points").atMost(WITHIN).pollInterval(Duration.ofMillis(500)).until(() -> {
            performance.set(incentive.get("/api/v1/performance/" + month, reviewer));
            return performance.get().path("officers").size() >= 3;
        });
        JsonNode allocation = incentive.post("/api/v1/funding-allocations", scenario.leadership(),
                Map.of("period", month.toString(), "pool", "120000.00"), 201);
        BigDecimal units = BigDecimal.ZERO;
        for (JsonNode unit : allocation.path("units")) {
            BigDecimal amount = new BigDecimal(unit.path("amount").asText());
            units = units.add(amount);
            BigDecimal officers = BigDecimal.ZERO;
            for (JsonNode officer : unit.path("officers")) {
                officers = officers.add(new BigDecimal(officer.path("amount").asText()));
            }
            assertThat(officers).as("the officers of " + unit.path("unitId").asText() + " share its amount exactly")
                    .isEqualByComparingTo(amount);
        }
        assertThat(units).as("the units share the pool exactly").isEqualByComparingTo("120000.00");
        JsonNode approved = incentive.post("/api/v1/funding-allocations/" + allocation.path("id").asText() + "/approval",
                scenario.leadership(), null, 200);
        assertThat(approved.path("state").asText()).isEqualTo("APPROVED");

        JsonNode ranking = incentive.get("/api/v1/commendations/" + month, reviewer);
        Map<String, JsonNode> byOfficer = new HashMap<>();
        ranking.path("officers").forEach(o -> byOfficer.put(o.path("officerId").asText(), o));
        for (String carded : List.of("LI", "SUN")) {
            JsonNode line = byOfficer.get(scenario.officerId(carded));
            assertThat(line).as(carded + " is in the ranking").isNotNull();
            assertThat(line.path("eligible").asBoolean()).as(carded + " is not eligible").isFalse();
            assertThat(line.path("exclusions").findValuesAsText("reason")).contains("RED_CARD");
        }
    }

    FiveWords withSupervision(Api supervision) {
        this.supervision = supervision;
        return this;
    }

    /** S1: the red-carded 李明 is tracked as a key person, his problem files as key files, once each. */
    void redCardedOfficersAreTrackedWithTheirProblemFiles() {
        String reviewer = scenario.reviewer();
        String li = scenario.officerId("LI");
        AtomicReference<JsonNode> items = new AtomicReference<>();
        await("李明 and his problem files are tracked").atMost(WITHIN).pollInterval(Duration.ofMillis(500)).until(() -> {
            items.set(supervision.get("/api/v1/tracking-items", reviewer, Map.of("officerId", li, "size", "100")));
            return items.get().path("items").findValuesAsText("kind").contains("KEY_PERSON")
                    && items.get().path("items").findValuesAsText("caseFileId")
                    .containsAll(List.of(scenario.id("F2"), scenario.id("F3")));
        });
        List<String> keyFiles = new ArrayList<>();
        long keyPersons = 0;
        for (JsonNode item : items.get().path("items")) {
            if ("RED_CARD".equals(item.path("reason").asText())) {
                if ("KEY_PERSON".equals(item.path("kind").asText())) {
                    keyPersons++;
                } else {
                    keyFiles.add(item.path("caseFileId").asText());
                }
            }
        }
        assertThat(keyPersons).as("one key-person item for the red card").isEqualTo(1);
        assertThat(keyFiles).as("one key-file item per problem file").containsExactlyInAnyOrder(scenario.id("F2"),
                scenario.id("F3"));
    }

    /** S2, S3: a case for 孙伟 from draft to decision, counted in the year's figures. */
    void aCaseGoesFromDraftToDecisionAndTheFiguresCountIt() {
        String reviewer = scenario.reviewer();
        String sun = scenario.officerId("SUN");
        JsonNode opened = supervision.post("/api/v1/accountability-cases", reviewer,
                Map.of("officerId", sun, "reason", "红牌，问题案卷整改不到位"), 201);
        String id = opened.path("id").asText();
        assertThat(opened.path("state").asText()).isEqualTo("DRAFT");
        assertThat(supervision.post("/api/v1/accountability-cases/" + id + "/notification", reviewer, null, 200)
                .path("state").asText()).isEqualTo("ISSUED");
        assertThat(supervision.post("/api/v1/accountability-cases/" + id + "/statement", scenario.officer("SUN", "ZA"),
                Map.of("text", "本人对所列问题无异议，已组织整改。"), 200).path("state").asText()).isEqualTo("STATEMENT_RECEIVED");
        assertThat(supervision.post("/api/v1/accountability-cases/" + id + "/submission", reviewer, null, 200)
                .path("state").asText()).isEqualTo("SUBMITTED");
        String form = supervision.get("/api/v1/liability-forms", reviewer).get(0).path("code").asText();
        String batch = today.getYear() + "年第1批";
        JsonNode decided = supervision.post("/api/v1/accountability-cases/" + id + "/decision", scenario.leadership(),
                Map.of("decidedOn", today.toString(), "batch", batch, "outcome", "LIABLE", "forms", List.of(form),
                        "grounds", "拒不整改，情节较轻"), 200);
        assertThat(decided.path("state").asText()).isEqualTo("DECIDED");

        JsonNode figures = supervision.get("/api/v1/accountability-figures", reviewer,
                Map.of("year", Integer.toString(today.getYear())));
        assertThat(figures.path("accountableOfficers").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(figures.path("batches").findValuesAsText("officerId")).contains(sun);
    }

    private Set<String> redCardNominees(JsonNode page) {
        Set<String> officers = new java.util.HashSet<>();
        page.path("items").forEach(n -> {
            if ("RED_CARD".equals(n.path("reason").asText())) {
                officers.add(n.path("officerId").asText());
            }
        });
        return officers;
    }

    private static JsonNode lastCard(JsonNode cards) {
        JsonNode list = cards.isArray() ? cards : cards.path("cards");
        JsonNode last = null;
        for (JsonNode card : list) {
            last = card;
        }
        return last;
    }

    private static List<String> firstOf(JsonNode candidates) {
        List<String> ids = new ArrayList<>();
        if (candidates.size() > 0) {
            ids.add(candidates.get(0).path("caseFileId").asText());
        }
        return ids;
    }
}
