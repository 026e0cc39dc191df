package cn.kaoping.publicity;

import static cn.kaoping.publicity.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kaoping.runtime.db.Db;
import cn.kaoping.publicity.support.Api;
import cn.kaoping.publicity.support.Applied;
import cn.kaoping.fixtures.EventFeed;
import cn.kaoping.fixtures.EvaluationEvents;
import cn.kaoping.fixtures.EvaluationEvents.File;
import cn.kaoping.publicity.support.TestMonths;
import cn.kaoping.publicity.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** P5: the monthly list as .xlsx, read back with POI. */
@QuarkusTest
class ExportTest {

    @Inject
    Db db;

    @Test
    void the_spreadsheet_has_chinese_headers_a_sheet_of_officers_and_one_of_units_with_numbers_as_numbers()
            throws IOException {
        YearMonth month = TestMonths.fresh();
        String u1 = EvaluationEvents.id("u"), u2 = EvaluationEvents.id("u"), a = EvaluationEvents.id("a"), b = EvaluationEvents.id("b");
        EventFeed feed = EventFeed.shared();
        Applied.await(db, feed.send(EvaluationEvents.unit(u1, "XA", "导出一所")), feed.send(EvaluationEvents.unit(u2, "XB", "导出二所")),
                feed.send(EvaluationEvents.officer(a, "110001", "甲导", u1)), feed.send(EvaluationEvents.officer(b, "110002", "乙导", u2)),
                feed.send(EvaluationEvents.reviewed(File.of(u1, a), month, "3.5")),
                feed.send(EvaluationEvents.reviewed(File.of(u1, a), month, "3.0")),
                feed.send(EvaluationEvents.reviewed(File.of(u2, b), month, "0")));
        Api.publish(month);

        Response response = as(Tokens.leadership()).queryParam("version", 1)
                .get("/api/v1/monthly-lists/{m}/export", month.toString());
        response.then().statusCode(200);
        assertThat(response.header("Content-Disposition")).contains("monthly-list-" + month + "-v1.xlsx")
                .contains("filename*=UTF-8''");
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.asByteArray()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            Sheet officers = workbook.getSheet("民警");
            Sheet units = workbook.getSheet("单位");
            assertThat(officers).isNotNull();
            assertThat(units).isNotNull();
            assertThat(texts(officers.getRow(0))).containsExactly(
                    "序号", "警号", "姓名", "单位", "考评案卷数", "总扣分", "平均扣分", "问题案卷数", "红牌");
            assertThat(texts(units.getRow(0))).containsExactly(
                    "序号", "单位代码", "单位名称", "考评案卷数", "总扣分", "平均扣分", "问题案卷数", "问题案卷占比", "红牌民警数");

            Row first = officers.getRow(1);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("110001");
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("甲导");
            assertThat(first.getCell(3).getStringCellValue()).isEqualTo("导出一所");
            assertNumber(first.getCell(4), 2);
            assertNumber(first.getCell(5), 6.5);
            assertNumber(first.getCell(6), 3.25);
            assertNumber(first.getCell(7), 2);
            assertThat(first.getCell(8).getStringCellValue()).isEqualTo("红牌");
            Row second = officers.getRow(2);
            assertThat(second.getCell(2).getStringCellValue()).isEqualTo("乙导");
            assertNumber(second.getCell(6), 0);
            assertThat(second.getCell(8).getStringCellValue()).isEmpty();
            assertThat(officers.getLastRowNum()).isEqualTo(2);

            Row unit = units.getRow(1);
            assertThat(unit.getCell(1).getStringCellValue()).isEqualTo("XA");
            assertThat(unit.getCell(2).getStringCellValue()).isEqualTo("导出一所");
            assertNumber(unit.getCell(3), 2);
            assertNumber(unit.getCell(5), 3.25);
            assertNumber(unit.getCell(7), 1.0);
            assertNumber(unit.getCell(8), 1);
            assertThat(units.getLastRowNum()).isEqualTo(2);
        }

        // A unit legal officer gets his own unit only.
        Response own = as(Tokens.legalOfficer(u2)).get("/api/v1/monthly-lists/{m}/export", month.toString());
        own.then().statusCode(200);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(own.asByteArray()))) {
            assertThat(workbook.getSheet("民警").getLastRowNum()).isEqualTo(1);
            assertThat(workbook.getSheet("民警").getRow(1).getCell(2).getStringCellValue()).isEqualTo("乙导");
            assertThat(workbook.getSheet("单位").getRow(1).getCell(2).getStringCellValue()).isEqualTo("导出二所");
        }
    }

    static void assertNumber(Cell cell, double expected) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getNumericCellValue()).isEqualTo(expected);
    }

    static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }
}
