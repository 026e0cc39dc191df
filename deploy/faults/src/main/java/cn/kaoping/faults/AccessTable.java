package cn.kaoping.faults;

import java.util.List;
import java.util.Map;

/**
 * PROCESS.md's "People and roles" table and API.md's "who" column, as data: for each operation, what each role may
 * do, in the order OFFICER, UNIT_LEGAL_OFFICER, REVIEWER, LEADERSHIP, ADMIN, no token.
 * <ul>
 *   <li>{@code A} any unit; {@code O} own unit only; {@code X} only a unit he does not belong to (a reviewer);
 *   {@code S} his own (an officer's own file, case, line or self-check); {@code -} forbidden;
 *   {@code ?} the tables say nothing: not judged.</li>
 * </ul>
 * LEADERSHIP "reads everything": every read it may do. An operation missing here follows its OpenAPI security
 * requirement (the roles it lists: any unit; the others forbidden; no token forbidden).
 */
final class AccessTable {

    static final List<String> ROLES = List.of("OFFICER", "UNIT_LEGAL_OFFICER", "REVIEWER", "LEADERSHIP", "ADMIN", "none");

    /** By role and unit (API.md): an officer his own, a legal officer his unit, reviewers and leadership all. */
    private static final String BY_UNIT = "SOAA?-";
    private static final String ALL = "AAAAA-";
    private static final String ADMIN_ONLY = "----A-";
    private static final String PUBLIC = "AAAAAA";

    static final Map<String, String> RULES = Map.ofEntries(
            // evaluation-service (评)
            Map.entry("POST /api/v1/units", ADMIN_ONLY),
            Map.entry("GET /api/v1/units", ALL),
            Map.entry("GET /api/v1/units/{id}", ALL),
            Map.entry("POST /api/v1/officers", ADMIN_ONLY),
            Map.entry("GET /api/v1/officers", ALL),
            Map.entry("GET /api/v1/officers/{id}", ALL),
            Map.entry("GET /api/v1/rulebook", ALL),
            Map.entry("GET /api/v1/rulebook/versions", ALL),
            Map.entry("GET /api/v1/rulebook/versions/{versionId}", ALL),
            Map.entry("POST /api/v1/rulebook/versions", ADMIN_ONLY),
            Map.entry("POST /api/v1/rulebook/what-if", "--A-A-"),
            Map.entry("POST /api/v1/case-files", "-O--A-"),
            Map.entry("GET /api/v1/case-files", BY_UNIT),
            Map.entry("GET /api/v1/case-files/{id}", BY_UNIT),
            Map.entry("GET /api/v1/case-files/{id}/cards", BY_UNIT),
            Map.entry("POST /api/v1/case-files/{id}/pre-review", "-O----"),
            Map.entry("POST /api/v1/case-files/{id}/submission", "-O----"),
            Map.entry("POST /api/v1/case-files/{id}/reviews", "--X---"),
            Map.entry("POST /api/v1/case-files/{id}/objection", "S-----"),
            Map.entry("POST /api/v1/case-files/{id}/objection/decision", "--X---"),
            Map.entry("GET /api/v1/statistics", "--AA--"),
            Map.entry("GET /api/v1/statistics/reviewer-consistency", "--AA--"),
            Map.entry("GET /statistics/reviewer-consistency", "--AA--"),
            Map.entry("GET /api/v1/deadlines", "-OAA?-"),
            // publicity-service (示)
            Map.entry("GET /api/v1/monthly-lists/{month}", BY_UNIT),
            Map.entry("GET /api/v1/monthly-lists/{month}/export", "-OAA--"),
            Map.entry("POST /api/v1/monthly-lists/{month}/publication", "--A---"),
            Map.entry("GET /api/v1/red-cards/{month}", ALL),
            Map.entry("POST /api/v1/bulletins", "--A---"),
            Map.entry("PUT /api/v1/bulletins/{id}", "--A---"),
            Map.entry("POST /api/v1/bulletins/{id}/publication", "--A---"),
            Map.entry("GET /api/v1/bulletins", ALL),
            Map.entry("GET /api/v1/bulletins/{id}", ALL),
            Map.entry("POST /api/v1/commentaries", "--A---"),
            Map.entry("PUT /api/v1/commentaries/{id}", "--A---"),
            Map.entry("POST /api/v1/commentaries/{id}/publication", "--A---"),
            Map.entry("GET /api/v1/commentaries", ALL),
            Map.entry("GET /api/v1/commentaries/{id}", ALL),
            Map.entry("GET /api/v1/digests/{month}", ALL),
            // the legal web page: published pages are readable without a token (live data is rule 10's business)
            Map.entry("GET /", PUBLIC),
            Map.entry("GET /monthly-lists/{month}", PUBLIC),
            Map.entry("GET /red-cards/{month}", PUBLIC),
            Map.entry("GET /bulletins/{id}", PUBLIC),
            Map.entry("GET /commentaries/{id}", PUBLIC),
            // training-service (训)
            Map.entry("POST /api/v1/regulations", "--A-A-"),
            Map.entry("GET /api/v1/regulations", ALL),
            Map.entry("POST /api/v1/meetings", "--A---"),
            Map.entry("GET /api/v1/meetings", ALL),
            Map.entry("GET /api/v1/meetings/{id}", ALL),
            Map.entry("PUT /api/v1/meetings/{id}/agenda", "--A---"),
            Map.entry("POST /api/v1/meetings/{id}/attendance", "--A---"),
            Map.entry("POST /api/v1/meetings/{id}/relays", "-O----"),
            Map.entry("POST /api/v1/selections", "--A---"),
            Map.entry("GET /api/v1/selections/{id}", "--AA--"),
            Map.entry("PUT /api/v1/selections/{id}", "--A---"),
            Map.entry("POST /api/v1/selections/{id}/confirmation", "--A---"),
            Map.entry("GET /api/v1/lagging-officers", "SOAA?-"),
            Map.entry("GET /api/v1/lagging-officers/{nominationId}", "SOAA?-"),
            Map.entry("POST /api/v1/lagging-officers/{nominationId}/excuse", "--A---"),
            Map.entry("POST /api/v1/classes", "--A---"),
            Map.entry("GET /api/v1/classes/{id}", "--AA--"),
            Map.entry("GET /api/v1/classes/{id}/trainees/{officerId}/self-check", "S-AA?-"),
            Map.entry("PUT /api/v1/classes/{id}/trainees/{officerId}/self-check", "S-A---"),
            Map.entry("POST /api/v1/classes/{id}/trainees/{officerId}/exams", "--A---"),
            Map.entry("POST /api/v1/rotation-training", "-OA---"),
            Map.entry("POST /api/v1/rotation-training/import", "-OA---"),
            Map.entry("GET /api/v1/rotation-training", BY_UNIT),
            Map.entry("GET /api/v1/rotation-training/shortfall", BY_UNIT),
            // incentive-service (奖)
            Map.entry("GET /api/v1/schemes", ALL),
            Map.entry("POST /api/v1/schemes", ADMIN_ONLY),
            Map.entry("GET /api/v1/schemes/in-force", ALL),
            Map.entry("GET /api/v1/schemes/{versionId}", ALL),
            Map.entry("GET /api/v1/performance/{period}", BY_UNIT),
            Map.entry("POST /api/v1/funding-allocations", "--AA--"),
            Map.entry("GET /api/v1/funding-allocations/{id}", "??AA?-"),
            Map.entry("GET /api/v1/funding-allocations", "??AA?-"),
            Map.entry("POST /api/v1/funding-allocations/{id}/approval", "---A--"),
            Map.entry("GET /api/v1/funding-allocations/{id}/export", "--AA--"),
            Map.entry("GET /funding-allocations/{id}", "--AA--"),
            Map.entry("GET /api/v1/commendations/{period}", "--AA--"),
            Map.entry("POST /api/v1/commendations/{period}/publication", "--AA--"),
            // supervision-service (督)
            Map.entry("GET /api/v1/tracking-items", BY_UNIT),
            Map.entry("GET /api/v1/tracking-items/{id}", BY_UNIT),
            Map.entry("POST /api/v1/tracking-items", "--A---"),
            Map.entry("POST /api/v1/tracking-items/{id}/actions", "-OA---"),
            Map.entry("GET /api/v1/escalation-proposals", "--AA--"),
            Map.entry("POST /api/v1/accountability-cases", "--A---"),
            Map.entry("GET /api/v1/accountability-cases/{id}", "S?AA?-"),
            Map.entry("PUT /api/v1/accountability-cases/{id}/opinion", "--A---"),
            Map.entry("POST /api/v1/accountability-cases/{id}/notification", "--A---"),
            Map.entry("POST /api/v1/accountability-cases/{id}/statement", "S-----"),
            Map.entry("POST /api/v1/accountability-cases/{id}/submission", "--A---"),
            Map.entry("POST /api/v1/accountability-cases/{id}/decision", "---A--"),
            Map.entry("POST /api/v1/accountability-cases/{id}/revisions", "---A--"),
            Map.entry("GET /api/v1/liability-forms", ALL),
            Map.entry("GET /api/v1/accountability-figures", "--AA--"),
            Map.entry("GET /api/v1/accountability-figures/export", "--AA--"),
            Map.entry("GET /accountability-cases/{id}/document", "S-AA--"));

    private AccessTable() {
    }

    /** The rule of an operation: from the table, else from its OpenAPI roles. */
    static String rule(OpenApi.Operation op) {
        String rule = RULES.get(op.name());
        if (rule != null) {
            return rule;
        }
        if (op.roles().isEmpty()) {
            return op.path().startsWith("/api/") ? ALL : "?????" + "?";
        }
        StringBuilder r = new StringBuilder();
        for (String role : ROLES.subList(0, 5)) {
            r.append(op.roles().contains(role) ? 'A' : '-');
        }
        return r.append('-').toString();
    }

    /** Whether the table comes from PROCESS.md / API.md (else from the OpenAPI security requirement). */
    static boolean fromProcess(OpenApi.Operation op) {
        return RULES.containsKey(op.name());
    }
}
