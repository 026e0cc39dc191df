package cn.kaoping.evaluation.rest.readmodels;

import static cn.kaoping.evaluation.support.Api.anonymous;
import static cn.kaoping.evaluation.support.Api.as;
import static cn.kaoping.evaluation.support.Api.unique;
import static cn.kaoping.evaluation.support.Bureau.finding;
import static cn.kaoping.evaluation.support.Bureau.findings;
import static cn.kaoping.evaluation.support.Bureau.register;
import static cn.kaoping.evaluation.support.BureauDays.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import cn.kaoping.evaluation.infrastructure.deadlines.DeadlineScheduler;
import cn.kaoping.evaluation.infrastructure.readmodels.ReadModelLock;
import cn.kaoping.evaluation.support.Api;
import cn.kaoping.evaluation.support.Bureau;
import cn.kaoping.evaluation.support.Bureau.Officer;
import cn.kaoping.evaluation.support.Bureau.Unit;
import cn.kaoping.evaluation.support.DrillRulebook;
import cn.kaoping.evaluation.support.EventStoreRows;
import cn.kaoping.runtime.db.Db;
import cn.kaoping.testkit.KaopingTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * POST /api/v1/read-models/rebuild: a replay of the whole event store gives back every row the commands wrote,
 * fired deadlines included; commands and a rebuild wait for each other.
 */
@QuarkusTest
@QuarkusTestResource(value = KaopingTestResource.class, initArgs = @ResourceArg(name = "database", value = "evaluation"))
class ReadModelRebuildApiTest {

    private static final String REBUILD = "/api/v1/read-models/rebuild";
    /** Every read-model table of the migrations (V2, V3, V20): the rebuild must cover each. */
    private static final List<String> TABLES = List.of("units", "officers", "rulebook_versions", "case_files",
            "case_file_cards", "case_file_findings", "case_file_dimensions", "case_file_history", "deadline");

    @Inject
    Db db;
    @Inject
    DeadlineScheduler scheduler;

    private final Bureau bureau = new Bureau();
    private EventStoreRows events;
    private Unit chengguan;
    private Officer legalOfficer;
    private Officer zhangsan;
    private Officer lisi;
    private Officer reviewer;

    @BeforeEach
    void setUp() {
        events = new EventStoreRows(db);
        chengguan = bureau.unit("城关派出所");
        Unit brigade = bureau.unit("法制大队");
        legalOfficer = bureau.officer(chengguan, "王法制", "UNIT_LEGAL_OFFICER");
        zhangsan = bureau.officer(chengguan, "张三", "OFFICER");
        lisi = bureau.officer(chengguan, "李四", "OFFICER");
        reviewer = bureau.officer(brigade, "钱考评", "REVIEWER");
    }

    @Test
    void a_rebuild_gives_back_every_row_the_commands_wrote_and_fired_deadlines_stay_fired() throws Exception {
        // Earlier tests of this database may have written the event store behind the read models' back (as
        // "another instance"): a first rebuild makes the tables what the events say, then the commands below write.
        rebuild();
        String overdueAtOnce = register(legalOfficer, chengguan, zhangsan, today().minusMonths(2));
        String open = register(legalOfficer, chengguan, zhangsan, today());
        String objectedTo = reviewed(today().minusDays(2), finding("EV02", null, "笔录无当事人签名"),
                finding("DO01", null, "文书错字"));
        as(zhangsan.token()).body(Map.of("reason", "有签名")).post(path(objectedTo) + "/objection")
                .then().statusCode(200);
        as(reviewer.token()).body(Map.of("decision", "UPHELD", "withdrawnFindingIds", List.of("R1-1")))
                .post(path(objectedTo) + "/objection/decision").then().statusCode(200);
        String roundTwo = reviewed(today().minusDays(3), finding("FI01", null, "卷宗未按顺序装订"));
        as(legalOfficer.token()).post(path(roundTwo) + "/submission").then().statusCode(200);
        as(reviewer.token()).body(Map.of("unrectifiedFindingIds", List.of("R1-1"))).post(path(roundTwo) + "/reviews")
                .then().statusCode(200).body("state", equalTo("CLOSED"));
        DrillRulebook drill = DrillRulebook.RECTIFICATION;
        drill.ensurePublished(bureau.admin());
        String expired = reviewed(drill.closedOn(), finding("PR01", null, "未告知权利义务"));
        await("the rectification deadline of " + expired + " fired by the scheduler")
                .atMost(drill.rectificationPeriod().plusSeconds(30))
                .until(() -> state(expired), "CLOSED"::equals);

        scheduler.stop(); // nothing may change between the two snapshots
        try {
            Map<String, List<String>> before = snapshot();

            JsonPath report = rebuild();

            Map<String, List<String>> after = snapshot();
            for (String table : TABLES) {
                assertThat(after.get(table)).as(table).containsExactlyElementsOf(before.get(table));
            }
            assertThat(report.getLong("events")).isEqualTo(events.total());
            Map<String, Long> rows = new LinkedHashMap<>();
            before.forEach((table, tableRows) -> rows.put(table, (long) tableRows.size()));
            assertThat(report.getMap("rows", String.class, Long.class)).isEqualTo(rows);
            assertThat(deadline(overdueAtOnce, "SUBMISSION")).isEqualTo("FIRED");
            assertThat(deadline(expired, "RECTIFICATION")).isEqualTo("FIRED");
            assertThat(deadline(roundTwo, "RECTIFICATION")).isEqualTo("CANCELLED");
            assertThat(deadline(open, "SUBMISSION")).isEqualTo("OPEN");
        } finally {
            scheduler.start();
        }
        as(zhangsan.token()).get(path(objectedTo) + "/cards").then().statusCode(200)
                .body("[0].revisedBy", equalTo(reviewer.id()));
    }

    @Test
    void a_command_waits_while_a_rebuild_holds_the_read_model_lock() throws Exception {
        CompletableFuture<Integer> registration;
        scheduler.stop(); // its commands would wait for the lock too
        try (Handle rebuilding = db.jdbi().open()) {
            rebuilding.begin();
            holdLock(rebuilding, "pg_advisory_xact_lock");

            registration = CompletableFuture.supplyAsync(() -> as(bureau.admin())
                    .body(Map.of("code", "LOCK-" + unique(), "name", "等待重建")).post("/api/v1/units").statusCode());
            awaitWaitingForTheLock();
            assertThat(registration).as("registered during the rebuild").isNotDone();

            rebuilding.commit();
        } finally {
            scheduler.start();
        }
        assertThat(registration.get(30, TimeUnit.SECONDS)).isEqualTo(201);
    }

    @Test
    void a_rebuild_waits_for_the_commands_in_progress() throws Exception {
        CompletableFuture<Integer> rebuild;
        scheduler.stop(); // its commands would wait behind the rebuild, and change the tables it counts
        try (Handle command = db.jdbi().open()) {
            command.begin();
            holdLock(command, "pg_advisory_xact_lock_shared");

            rebuild = CompletableFuture.supplyAsync(() -> as(bureau.admin()).post(REBUILD).statusCode());
            awaitWaitingForTheLock();
            assertThat(rebuild).as("rebuilt while a command ran").isNotDone();

            command.commit();
            assertThat(rebuild.get(120, TimeUnit.SECONDS)).isEqualTo(200);
        } finally {
            scheduler.start();
        }
    }

    @Test
    void only_an_admin_rebuilds() {
        anonymous().post(REBUILD).then().statusCode(401).contentType("application/problem+json")
                .body("code", equalTo("UNAUTHENTICATED"));
        as(reviewer.token()).post(REBUILD).then().statusCode(403).contentType("application/problem+json")
                .body("code", equalTo("FORBIDDEN"));
        as(Api.leadership()).post(REBUILD).then().statusCode(403);
        as(legalOfficer.token()).post(REBUILD).then().statusCode(403);
    }

    /** A file of 张三 (co-handler 李四) closed on that day, pre-reviewed, submitted, reviewed in round one. */
    private String reviewed(LocalDate closedOn, Map<?, ?>... roundOne) {
        String file = register(legalOfficer, chengguan, zhangsan, closedOn, lisi);
        as(legalOfficer.token()).body(findings()).post(path(file) + "/pre-review").then().statusCode(200);
        as(legalOfficer.token()).post(path(file) + "/submission").then().statusCode(200);
        as(reviewer.token()).body(findings(roundOne)).post(path(file) + "/reviews").then().statusCode(200);
        return file;
    }

    private static String path(String file) {
        return "/api/v1/case-files/" + file;
    }

    private String state(String file) {
        return as(bureau.admin()).get(path(file)).then().statusCode(200).extract().path("state");
    }

    private JsonPath rebuild() {
        return as(bureau.admin()).post(REBUILD).then().statusCode(200).extract().jsonPath();
    }

    /** Every row of every read-model table, as JSON, in a fixed order. */
    private Map<String, List<String>> snapshot() {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        db.useHandle(handle -> {
            for (String table : TABLES) {
                tables.put(table, handle.createQuery("select row_to_json(t)::text from " + table + " t order by 1")
                        .mapTo(String.class).list());
            }
        });
        return tables;
    }

    private String deadline(String file, String kind) {
        return db.withHandle(handle -> handle.createQuery(
                        "select state from deadline where case_file_id = :file and kind = :kind")
                .bind("file", file)
                .bind("kind", kind)
                .mapTo(String.class)
                .findOne()
                .orElse(null));
    }

    /** Takes the read-model lock for the handle's transaction, as another session of the service would. */
    private static void holdLock(Handle session, String function) {
        session.createQuery("select true from " + function + "(:key)").bind("key", ReadModelLock.KEY)
                .mapTo(Boolean.class).one();
    }

    /** Until a session of the service waits for the read-model lock. */
    private void awaitWaitingForTheLock() {
        await("a session waiting for the read-model lock").atMost(Duration.ofSeconds(30))
                .until(() -> events.count("""
                        select count(*) from pg_locks
                         where locktype = 'advisory' and not granted
                           and classid::bigint = ? and objid::bigint = ?""",
                        ReadModelLock.KEY >>> 32, ReadModelLock.KEY & 0xffffffffL), waiting -> waiting > 0);
    }
}
