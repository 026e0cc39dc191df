package cn.kaoping.training;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import cn.kaoping.contracts.Topics;
import cn.kaoping.contracts.evaluation.OfficerRegistered;
import cn.kaoping.contracts.evaluation.OfficerRole;
import cn.kaoping.contracts.publicity.RedCardIssued;
import cn.kaoping.fixtures.EvaluationEvents;
import cn.kaoping.runtime.db.Db;
import cn.kaoping.runtime.projection.EnvelopeProjection;
import cn.kaoping.servers.Infrastructure;
import cn.kaoping.testkit.KaopingTestResource;
import cn.kaoping.testkit.ProjectionHarness;
import cn.kaoping.testkit.RequestLimitsContract;
import cn.kaoping.web.request.Limits;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Issue #11 rule 5 in training-service: the platform's contract (over-long field, largest command published), and
 * the bounds of the rest of its bodies, of its query parameters and of the rotation-training import.
 */
@QuarkusTest
@QuarkusTestResource(value = KaopingTestResource.class, initArgs = @ResourceArg(name = "database", value = "training"))
class RequestLimitsTest extends RequestLimitsContract {

    @Inject
    Db db;

    @Inject
    EnvelopeProjection projection;

    private static final String REVIEWER = Infrastructure.shared().tokens().mint("reviewer-1", "brigade", "REVIEWER");

    /** An excuse with the longest reason allowed: the largest event a request of this service makes. */
    @Override
    protected Published sendLargestAllowedCommand() {
        ProjectionHarness harness = new ProjectionHarness(db, projection);
        String unit = EvaluationEvents.id("unit");
        String officer = EvaluationEvents.id("officer");
        YearMonth month = YearMonth.of(ThreadLocalRandom.current().nextInt(2100, 2999), 3);
        harness.evaluation(EvaluationEvents.unit(unit, "U" + unit.substring(5), "城关派出所"),
                new OfficerRegistered(officer, "P" + officer.substring(8), "张三", unit, List.of(OfficerRole.OFFICER),
                        "admin-1", Instant.parse("2016-01-01T00:00:00Z")));
        harness.event(officer, EvaluationEvents.at(month.plusMonths(1).atDay(2), 9), new RedCardIssued(month, 1,
                officer, "张三", unit, new BigDecimal("2.00"), 3, List.of("file-1", "file-2")));
        String nomination = given().auth().oauth2(REVIEWER).get("/api/v1/lagging-officers?officerId=" + officer)
                .then().statusCode(200).body("total", equalTo(1)).extract().path("items[0].id");

        given().auth().oauth2(REVIEWER).contentType(ContentType.JSON).body(Map.of("reason", "训".repeat(Limits.TEXT)))
                .post("/api/v1/lagging-officers/" + nomination + "/excuse").then().statusCode(200);
        return new Published(Topics.TRAINING_EVENTS, officer, "NominationExcused");
    }

    @Override
    protected OverLimit overLongCommand() {
        return new OverLimit(request -> request.auth().oauth2(REVIEWER).contentType(ContentType.JSON)
                .body(Map.of("title", "规".repeat(Limits.NAME + 1), "documentNumber", "公法〔2026〕1号",
                        "issuer", "市公安局", "kind", "NORMATIVE_DOCUMENT", "effectiveOn", "2026-01-01"))
                .post("/api/v1/regulations"), "title", this::regulations, "reviewer-1");
    }

    private long regulations() {
        return db.withHandle(h -> h.createQuery("SELECT count(*) FROM regulation").mapTo(Long.class).one());
    }

    @Test
    void every_body_list_and_free_query_parameter_is_bounded() {
        List<String> people = Collections.nCopies(Limits.PEOPLE + 1, "officer-1");
        given().auth().oauth2(REVIEWER).contentType(ContentType.JSON)
                .body(Map.of("title", "培训班", "startsOn", "2026-05-01", "endsOn", "2026-05-03", "traineeIds", people))
                .post("/api/v1/classes").then().statusCode(400).body("errors.field", hasItem(containsString("traineeIds")));
        given().auth().oauth2(REVIEWER).contentType(ContentType.JSON)
                .body(Map.of("best", Collections.nCopies(Limits.LIST + 1, "file-1")))
                .put("/api/v1/selections/none").then().statusCode(400).body("errors.field", hasItem(containsString("best")));
        given().auth().oauth2(REVIEWER).contentType(ContentType.JSON)
                .body(Map.of("notes", "议".repeat(Limits.DOCUMENT + 1)))
                .put("/api/v1/meetings/none/agenda").then().statusCode(400).body("errors.field", hasItem(containsString("notes")));
        given().auth().oauth2(REVIEWER).contentType(ContentType.JSON)
                .body(Map.of("present", List.of(), "absent", List.of(Map.of("officerId", "o", "reason", "假".repeat(Limits.TEXT + 1)))))
                .post("/api/v1/meetings/none/attendance").then().statusCode(400)
                .body("errors.field", hasItem(containsString("reason")));
        given().auth().oauth2(REVIEWER).get("/api/v1/rotation-training?unitId=" + "u".repeat(Limits.ID + 1)).then()
                .statusCode(400).body("errors.field", hasItem(containsString("unitId")));
        given().auth().oauth2(REVIEWER).contentType(ContentType.JSON)
                .body(Map.of("officerId", "o", "course", "课".repeat(Limits.LABEL + 1), "startsOn", "2026-05-01",
                        "endsOn", "2026-05-01", "days", 1))
                .post("/api/v1/rotation-training").then().statusCode(400).body("errors.field", hasItem(containsString("course")));
    }

    @Test
    void an_import_over_its_rows_or_bytes_or_with_a_cell_too_long_is_refused_in_chinese_and_english() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i <= Limits.IMPORT_ROWS; i++) {
            rows.add(List.of("P" + i, "执法资格培训", "2026-05-08", "2026-05-10", "3"));
        }
        byte[] tooManyRows = sheet(rows);
        given().auth().oauth2(REVIEWER).contentType("application/octet-stream").body(tooManyRows)
                .post("/api/v1/rotation-training/import").then().statusCode(400)
                .body("code", equalTo("SHEET_TOO_MANY_ROWS"))
                .body("detail", containsString("5000"));
        given().auth().oauth2(REVIEWER).header("Accept-Language", "en").contentType("application/octet-stream")
                .body(tooManyRows).post("/api/v1/rotation-training/import").then().statusCode(400)
                .body("detail", containsString("at most 5000"));

        byte[] tooLarge = new byte[Limits.IMPORT_BYTES + 1];
        given().auth().oauth2(REVIEWER).contentType("application/octet-stream").body(tooLarge)
                .post("/api/v1/rotation-training/import").then().statusCode(400)
                .body("code", equalTo("SHEET_TOO_LARGE")).body("detail", containsString("5 MB"));
        given().auth().oauth2(REVIEWER).header("Accept-Language", "en").contentType("application/octet-stream")
                .body(tooLarge).post("/api/v1/rotation-training/import").then().statusCode(400)
                .body("detail", containsString("too large"));

        byte[] longCourse = sheet(List.of(List.of("P1", "课".repeat(Limits.LABEL + 1), "2026-05-08", "2026-05-10", "3")));
        given().auth().oauth2(REVIEWER).contentType("application/octet-stream").body(longCourse)
                .post("/api/v1/rotation-training/import").then().statusCode(400)
                .body("code", equalTo("SHEET_INVALID")).body("errors.field", hasItem("第2行 课程"));
    }

    private static byte[] sheet(List<List<String>> rows) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("轮训");
            Row header = sheet.createRow(0);
            String[] headers = {"警号", "课程", "开始日期", "结束日期", "天数"};
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
