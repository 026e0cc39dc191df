package cn.kaoping.evaluation.rest.rulebook;

import static cn.kaoping.evaluation.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kaoping.contracts.Json;
import cn.kaoping.evaluation.rulebook.RulebookJson;
import cn.kaoping.evaluation.support.Api;
import cn.kaoping.evaluation.support.WhatIfFiles;
import cn.kaoping.runtime.db.Db;
import cn.kaoping.testkit.KaopingTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * 规则试算 over many files: a mix of real files of 2033 is cloned in SQL (events and read-model row, with new ids,
 * case numbers, units and officers) to {@code -Dwhatif.files} files (300 by default, to keep the module's run short;
 * run with {@code -Dwhatif.files=2000 -Dtest=WhatIfVolumeTest} to measure). The default rulebook as draft must still
 * reproduce every result; the elapsed time is logged, never asserted.
 */
@QuarkusTest
@QuarkusTestResource(value = KaopingTestResource.class, initArgs = @ResourceArg(name = "database", value = "evaluation"))
class WhatIfVolumeTest {

    private static final Logger LOG = Logger.getLogger(WhatIfVolumeTest.class);

    @Inject
    CommandGateway commands;

    @Inject
    Db db;

    @Test
    void thousands_of_files_are_re_scored_and_the_default_draft_still_reproduces_every_result() {
        int wanted = Integer.getInteger("whatif.files", 300);
        List<String> templates = new WhatIfFiles(commands, 2033).mix();
        int clonesEach = Math.max(0, (wanted - templates.size() + templates.size() - 1) / templates.size());
        for (String template : templates) {
            cloneFile(template, clonesEach);
        }
        int total = templates.size() * (clonesEach + 1);

        Map<String, Object> body = Map.of("rulebook", Json.mapper().valueToTree(RulebookJson.defaultContent()),
                "from", "2033-01", "to", "2033-12");
        String reviewer = Api.tokens().mint("reviewer-" + Api.unique(), "unit-legal-brigade", "REVIEWER");
        long started = System.nanoTime();
        JsonPath answer = as(reviewer).queryParam("size", 500).body(body).post("/api/v1/rulebook/what-if")
                .then().statusCode(200).extract().jsonPath();
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.infof("what-if over %d files took %d ms", total, millis);
        System.out.printf("WHAT-IF TIMING: %d files in %d ms%n", total, millis);

        assertThat(answer.getLong("files.total")).isEqualTo(total);
        assertThat(answer.getInt("summary.changedFiles")).isZero();
        assertThat(answer.getList("summary.gradeChanges")).isEmpty();
        List<Map<String, Object>> items = answer.getList("files.items");
        assertThat(items).isNotEmpty().allSatisfy(item -> assertThat(item.get("draft")).isEqualTo(item.get("recorded")));
    }

    /** {@code n} copies of a file: its events and its case_files row, with new ids, case number, unit and officer. */
    private void cloneFile(String id, int n) {
        if (n == 0) {
            return;
        }
        db.inTransaction(handle -> {
            Map<String, Object> row = handle.createQuery(
                            "select case_number, unit_id, primary_officer_id from case_files where case_file_id = :id")
                    .bind("id", id).mapToMap().one();
            handle.createUpdate("""
                            insert into domain_event_entry (event_identifier, aggregate_identifier, sequence_number,
                                   type, timestamp, payload_type, payload_revision, payload, meta_data)
                            select gen_random_uuid()::text, :id || '-c' || g, e.sequence_number, e.type, e.timestamp,
                                   e.payload_type, e.payload_revision,
                                   convert_to(replace(replace(replace(replace(convert_from(e.payload, 'UTF8'),
                                       :id, :id || '-c' || g), :caseNumber, :caseNumber || '-c' || g),
                                       '"' || :unit || '"', '"unit-bench-' || (g % 20) || '"'),
                                       '"' || :officer || '"', '"officer-bench-' || (g % 100) || '"'), 'UTF8'),
                                   e.meta_data
                              from domain_event_entry e cross join generate_series(1, :n) g
                             where e.aggregate_identifier = :id
                             order by g, e.sequence_number""")
                    .bind("id", id).bind("n", n).bind("caseNumber", (String) row.get("case_number"))
                    .bind("unit", (String) row.get("unit_id")).bind("officer", (String) row.get("primary_officer_id"))
                    .execute();
            handle.execute("create temp table clone_files on commit drop as "
                    + "select f.*, g from case_files f cross join generate_series(1, ?) g where case_file_id = ?", n, id);
            handle.execute("""
                    update clone_files set case_file_id = case_file_id || '-c' || g,
                           case_number = case_number || '-c' || g, unit_id = 'unit-bench-' || (g % 20),
                           primary_officer_id = 'officer-bench-' || (g % 100)""");
            handle.execute("alter table clone_files drop column g");
            handle.execute("insert into case_files select * from clone_files");
            return null;
        });
    }
}
