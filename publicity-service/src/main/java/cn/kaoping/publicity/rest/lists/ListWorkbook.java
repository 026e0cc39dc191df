package cn.kaoping.publicity.rest.lists;

import cn.kaoping.publicity.list.MonthlyList;
import cn.kaoping.publicity.list.OfficerEntry;
import cn.kaoping.publicity.list.UnitEntry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * P5: a monthly list as an .xlsx workbook with Chinese headers, sheet 民警 (officers) and sheet 单位 (units);
 * counts and deductions are numeric cells (two decimals shown), so the brigade can sort and sum in Excel.
 */
final class ListWorkbook {

    public static final String OFFICER_SHEET = "民警";
    public static final String UNIT_SHEET = "单位";
    public static final List<String> OFFICER_HEADERS = List.of(
            "序号", "警号", "姓名", "单位", "考评案卷数", "总扣分", "平均扣分", "问题案卷数", "红牌");
    public static final List<String> UNIT_HEADERS = List.of(
            "序号", "单位代码", "单位名称", "考评案卷数", "总扣分", "平均扣分", "问题案卷数", "问题案卷占比", "红牌民警数");

    private ListWorkbook() {
    }

    static byte[] write(MonthlyList list) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            workbook.getProperties().getCoreProperties().setTitle(list.month() + " 执法清单"
                    + (list.isPublished() ? " 第" + list.version() + "版" : "（未发布，实时数据）"));

            Sheet officers = workbook.createSheet(OFFICER_SHEET);
            header(officers, OFFICER_HEADERS, styles);
            int r = 1;
            for (OfficerEntry o : list.officers()) {
                Row row = officers.createRow(r);
                number(row, 0, r, styles.integer);
                text(row, 1, o.policeNumber());
                text(row, 2, o.officerName());
                text(row, 3, o.unitName());
                number(row, 4, o.filesEvaluated(), styles.integer);
                decimal(row, 5, o.totalDeduction(), styles.decimal);
                decimal(row, 6, o.averageDeduction(), styles.decimal);
                number(row, 7, o.problemFiles(), styles.integer);
                text(row, 8, o.redCard() ? "红牌" : "");
                r++;
            }
            widths(officers, OFFICER_HEADERS.size());

            Sheet units = workbook.createSheet(UNIT_SHEET);
            header(units, UNIT_HEADERS, styles);
            r = 1;
            for (UnitEntry u : list.units()) {
                Row row = units.createRow(r);
                number(row, 0, r, styles.integer);
                text(row, 1, u.unitCode());
                text(row, 2, u.unitName());
                number(row, 3, u.filesEvaluated(), styles.integer);
                decimal(row, 4, u.totalDeduction(), styles.decimal);
                decimal(row, 5, u.averageDeduction(), styles.decimal);
                number(row, 6, u.problemFiles(), styles.integer);
                decimal(row, 7, u.problemFileShare(), styles.percent);
                number(row, 8, u.redCardOfficers(), styles.integer);
                r++;
            }
            widths(units, UNIT_HEADERS.size());

            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(Sheet sheet, List<String> headers, Styles styles) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(styles.header);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void widths(Sheet sheet, int columns) {
        for (int i = 0; i < columns; i++) {
            sheet.setColumnWidth(i, 14 * 256);
        }
    }

    private static void text(Row row, int column, String value) {
        row.createCell(column).setCellValue(value == null ? "" : value);
    }

    private static void number(Row row, int column, int value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void decimal(Row row, int column, BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(style);
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle integer;
        final CellStyle decimal;
        final CellStyle percent;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            integer = workbook.createCellStyle();
            integer.setDataFormat(workbook.createDataFormat().getFormat("0"));
            decimal = workbook.createCellStyle();
            decimal.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
        }
    }
}
