package cn.kaoping.faults;

import cn.kaoping.bench.Bureau;
import cn.kaoping.bench.Http;
import cn.kaoping.contracts.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * R6: every operation of the five OpenAPI documents, called by each role (OFFICER, UNIT_LEGAL_OFFICER, REVIEWER,
 * LEADERSHIP, ADMIN, no token) of station A (own unit: the unit of the resources) and of station B (another unit), on
 * real resources of station A (a reviewed file, its officers, a meeting, a class, R7's selection, allocation and
 * case) with plausible bodies. Judged against {@link AccessTable}: a leak is a 2xx where the role is forbidden, or,
 * where only the caller's own unit (or own file) is allowed, a 2xx from the other unit that changes something or
 * shows station A's ids. The whole matrix goes in the report.
 */
final class Access {

    private static final ZoneId BUREAU = ZoneId.of("Asia/Shanghai");
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final Lab lab;
    private final RawHttp raw = new RawHttp();
    private final LocalDate today = LocalDate.now(BUREAU);
    private final String month = YearMonth.now(BUREAU).toString();
    private String file;
    private String meeting;
    private String trainingClass;
    private String trackingItem;
    private String spareOfficer;

    Access(Lab lab) {
        this.lab = lab;
    }

    Verdict run() throws Exception {
        Verdict v = new Verdict("R6", "every operation × every role × own/other unit");
        prepare();
        Bureau a = lab.a();
        Set<String> secrets = new java.util.HashSet<>(a.officerIds());
        secrets.addAll(List.of(a.stationId(), file, a.legalOfficerId(), spareOfficer));

        List<String> header = new ArrayList<>(List.of("operation", "table"));
        for (String role : AccessTable.ROLES) {
            header.add(short_(role) + " own");
            if (!role.equals("none")) {
                header.add(short_(role) + " other");
            }
        }
        v.row(header);
        int requests = 0;
        int judged = 0;
        List<String> leaks = new ArrayList<>();
        List<String> serverErrors = new ArrayList<>();
        int fromProcess = 0;
        int fromOpenApi = 0;
        for (String service : Lab.SERVICES) {
            for (OpenApi.Operation op : OpenApi.of(service, lab.url(service))) {
                String rule = AccessTable.rule(op);
                if (AccessTable.fromProcess(op)) {
                    fromProcess++;
                } else {
                    fromOpenApi++;
                }
                List<String> row = new ArrayList<>(List.of(service + " " + op.name(), rule + (AccessTable.fromProcess(op) ? "" : " (OpenAPI)")));
                for (int r = 0; r < AccessTable.ROLES.size(); r++) {
                    String role = AccessTable.ROLES.get(r);
                    char allowed = rule.charAt(r);
                    for (boolean own : role.equals("none") ? new boolean[] {true} : new boolean[] {true, false}) {
                        RawHttp.Answer answer = call(op, token(role, own));
                        requests++;
                        boolean ok = answer.status() / 100 == 2;
                        Boolean leak = leak(allowed, own, !op.method().equals("GET"), ok, answer.body(), secrets);
                        if (leak != null) {
                            judged++;
                        }
                        String cell = answer.status() + (Boolean.TRUE.equals(leak) ? " **LEAK**" : "");
                        if (Boolean.TRUE.equals(leak)) {
                            leaks.add(role + (own ? " (own unit)" : " (other unit)") + " → " + service + " " + op.name()
                                    + " answered " + answer.status());
                        }
                        if (answer.status() >= 500 || answer.status() < 0) {
                            serverErrors.add(role + (own ? " (own unit)" : " (other unit)") + " → " + service + " " + op.name()
                                    + " answered " + answer.status());
                        }
                        row.add(cell);
                    }
                }
                v.row(row);
            }
        }
        v.check("0 leaks (a 2xx where the table forbids it)", leaks.isEmpty(), leaks.size() + " leaks in " + judged
                + " judged calls of " + requests + (leaks.isEmpty() ? "" : ": " + String.join("; ", leaks)));
        v.check("0 answers 5xx (a real resource, a plausible body)", serverErrors.isEmpty(), serverErrors.size() + " of " + requests
                + (serverErrors.isEmpty() ? "" : ", e.g. " + String.join("; ", serverErrors.subList(0, Math.min(5, serverErrors.size())))));
        v.figure("calls", requests);
        v.figure("judged calls", judged);
        v.figure("operations with their rule from PROCESS.md / API.md", fromProcess);
        v.figure("operations with their rule from their OpenAPI roles", fromOpenApi);
        v.note("Table letters (OFFICER, UNIT_LEGAL_OFFICER, REVIEWER, LEADERSHIP, ADMIN, no token): A any unit, O own unit only, "
                + "X only another unit, S his own only, - forbidden, ? not said (not judged). \"own\" is a caller of station A, "
                + "whose resources are called; \"other\" one of station B (for REVIEWER: of the legal brigade).");
        v.note("A 2xx of the other unit counts as a leak on a write, or on a read whose body names station A's ids (its unit, "
                + "file, officers); binary answers (.xlsx) are judged by role only. Bodies are plausible samples of the "
                + "OpenAPI schemas, so a 400 may come before a unit check: such a cell is not a leak, and not a proof either.");
        leaks.forEach(l -> v.note("leak: " + l));
        return v;
    }

    /** null: not judged; otherwise whether the answer leaks. */
    private static Boolean leak(char allowed, boolean own, boolean write, boolean ok, String body, Set<String> secrets) {
        switch (allowed) {
            case '-':
                return ok;
            case 'O':
            case 'S':
                if (own) {
                    return null;
                }
                return ok && (write || secrets.stream().anyMatch(s -> body != null && body.contains(s)));
            case 'X':
                return own ? ok : null;
            default:
                return null;
        }
    }

    private static String short_(String role) {
        return switch (role) {
            case "OFFICER" -> "OFF";
            case "UNIT_LEGAL_OFFICER" -> "LEG";
            case "REVIEWER" -> "REV";
            case "LEADERSHIP" -> "LEAD";
            case "ADMIN" -> "ADM";
            default -> "none";
        };
    }

    private String token(String role, boolean own) {
        Bureau a = lab.a();
        Bureau b = lab.b();
        return switch (role) {
            case "OFFICER" -> own ? lab.officer(a, 0) : lab.officer(b, 0);
            case "UNIT_LEGAL_OFFICER" -> own ? a.legalOfficerToken() : b.legalOfficerToken();
            case "REVIEWER" -> own ? lab.reviewerOfStationA() : lab.reviewer();
            case "LEADERSHIP" -> own ? lab.tokens().mint("faults-leader", a.stationId(), "LEADERSHIP") : lab.leadership();
            case "ADMIN" -> own ? lab.tokens().mint("faults-admin", a.stationId(), "ADMIN") : lab.admin();
            default -> null;
        };
    }

    private RawHttp.Answer call(OpenApi.Operation op, String token) throws Exception {
        String path = op.path();
        StringBuilder query = new StringBuilder();
        for (OpenApi.Param p : op.params()) {
            if (p.in().equals("path")) {
                path = path.replace("{" + p.name() + "}", encode(pathValue(op, p.name())));
            } else if (p.in().equals("query")) {
                String value = queryValue(p.name());
                if (value != null) {
                    query.append(query.isEmpty() ? "?" : "&").append(p.name()).append('=').append(encode(value));
                }
            }
        }
        byte[] body = null;
        if ("application/json".equals(op.bodyType())) {
            body = Json.mapper().writeValueAsBytes(fill(op.body()));
        } else if (op.bodyType() != null) {
            body = new byte[0];
        }
        return raw.send(op.method(), lab.url(op.service()) + path + query, token, op.bodyType(), body, null);
    }

    private String pathValue(OpenApi.Operation op, String name) {
        Bureau a = lab.a();
        String path = op.path();
        // reads name officer 0 (his own record for the OFFICER token); changes name R6's own officer
        String officer = op.method().equals("GET") ? a.officerIds().get(0) : spareOfficer;
        String random = UUID.randomUUID().toString();
        return switch (name) {
            case "officerId" -> officer;
            case "month", "period" -> month;
            case "versionId" -> "default-v1";
            case "id" -> {
                if (path.contains("/case-files")) {
                    yield file;
                } else if (path.contains("/units")) {
                    yield a.stationId();
                } else if (path.contains("/officers")) {
                    yield officer;
                } else if (path.contains("/meetings")) {
                    yield meeting;
                } else if (path.contains("/classes")) {
                    yield trainingClass;
                } else if (path.contains("/selections")) {
                    yield orRandom(lab.made("selection"));
                } else if (path.contains("/funding-allocations")) {
                    yield orRandom(lab.made("allocation"));
                } else if (path.contains("/accountability-cases")) {
                    yield orRandom(lab.made("case"));
                } else if (path.contains("/tracking-items")) {
                    yield orRandom(trackingItem);
                }
                yield random;
            }
            default -> random;
        };
    }

    private static String orRandom(String id) {
        return id == null ? UUID.randomUUID().toString() : id;
    }

    private String queryValue(String name) {
        Bureau a = lab.a();
        return switch (name) {
            case "unitId" -> a.stationId();
            case "officerId" -> a.officerIds().get(0);
            case "month", "period" -> month;
            case "year" -> Integer.toString(today.getYear());
            case "from", "reviewedFrom", "enteredAfter" -> today.minusMonths(1).toString();
            case "to", "reviewedTo", "dueBefore", "asOf", "on" -> today.plusMonths(1).toString();
            default -> null;
        };
    }

    /** The OpenAPI sample with the ids of station A where its field names ask for them. */
    private JsonNode fill(JsonNode sample) {
        if (sample == null) {
            return F.objectNode();
        }
        if (sample.isObject()) {
            ObjectNode copy = F.objectNode();
            sample.properties().forEach(e -> {
                String id = idFor(e.getKey());
                if (id != null && e.getValue().isTextual()) {
                    copy.put(e.getKey(), id);
                } else if (id != null && e.getValue().isArray()) {
                    copy.set(e.getKey(), F.arrayNode().add(id));
                } else {
                    copy.set(e.getKey(), fill(e.getValue()));
                }
            });
            return copy;
        }
        if (sample.isArray()) {
            ArrayNode copy = F.arrayNode();
            sample.forEach(e -> copy.add(fill(e)));
            return copy;
        }
        return sample;
    }

    private String idFor(String field) {
        Bureau a = lab.a();
        return switch (field) {
            case "unitId" -> a.stationId();
            case "officerId", "primaryOfficerId", "traineeIds", "attendeeIds", "present", "coHandlerIds" -> a.officerIds().get(0);
            case "caseFileId", "best", "worst" -> file;
            case "panelIds" -> a.reviewerId();
            case "month", "period" -> month;
            default -> null;
        };
    }

    /**
     * A reviewed file of station A (primary officer: its officer 0), a meeting of the month, a class for him, and an
     * officer of station A of R6's own: ADMIN may really update, transfer and deactivate whom the officer paths name,
     * and the officers the other rules' load registers files for must stay active.
     */
    private void prepare() throws Exception {
        Bureau a = lab.a();
        Http http = lab.http();
        spareOfficer = a.officer("R6" + UUID.randomUUID().toString().substring(0, 8), "权限测试民警", a.stationId(), "OFFICER");
        file = a.submittedFiles(1, 1).poll();
        http.required(http.post(lab.url("evaluation") + "/api/v1/case-files/" + file + "/reviews", a.reviewerToken(),
                Map.of("findings", Bureau.THREE_FINDINGS)), "review");
        meeting = await(() -> http.post(lab.url("training") + "/api/v1/meetings", lab.reviewer(),
                Map.of("month", month, "heldOn", today.toString(), "place", "故障测试会议室")));
        trainingClass = await(() -> http.post(lab.url("training") + "/api/v1/classes", lab.reviewer(), Map.of("title", "故障测试培训班",
                "startsOn", today.toString(), "endsOn", today.plusDays(2).toString(), "traineeIds", List.of(a.officerIds().get(0)))));
        Http.Answer items = http.get(lab.url("supervision") + "/api/v1/tracking-items?size=1", lab.reviewer());
        if (items.ok() && items.body().path("items").size() > 0) {
            trackingItem = items.body().path("items").get(0).path("id").asText();
        }
    }

    private static String await(java.util.function.Supplier<Http.Answer> create) {
        Map<Integer, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < 60; i++) {
            Http.Answer answer = create.get();
            if (answer.ok()) {
                return answer.body().path("id").asText();
            }
            seen.merge(answer.status(), 1, Integer::sum);
            Lab.sleep(500);
        }
        throw new IllegalStateException("could not create a resource for the matrix: " + seen);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
