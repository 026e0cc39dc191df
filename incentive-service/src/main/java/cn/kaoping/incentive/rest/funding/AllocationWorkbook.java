package cn.kaoping.incentive.rest.funding;

import cn.kaoping.incentive.funding.Allocation;
import cn.kaoping.incentive.funding.OfficerLine;
import cn.kaoping.incentive.funding.UnitLine;
import cn.kaoping.runtime.directory.Directory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The breakdown of an allocation as an .xlsx workbook: a sheet of units and a sheet of officers, every line with
 * points, share, exact quota and amount. Amounts are written as text, exactly as the API gives them.
 */
final class AllocationWorkbook {

    private AllocationWorkbook() {
    }

    static byte[] write(Allocation a, Directory directory) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet units = book.createSheet("单位");
            header(units, "考核期 " + a.period(), "经费池 " + a.pool().toPlainString() + " 元",
                    "版本 " + (a.version() == null ? "草稿" : a.version()), "方案 " + a.schemeVersion());
            header(units, 1, "单位", "单位代码", "积分", "计分", "占比", "精确份额（元）", "分配金额（元）", "获余额分");
            int r = 2;
            for (UnitLine u : a.units()) {
                row(units, r++, directory.unitName(u.unitId()), u.unitCode(), u.points(), u.weight(), u.share(),
                        u.quota(), u.amount(), u.remainderCent() ? "是" : "");
            }
            Sheet officers = book.createSheet("民警");
            header(officers, 0, "单位", "民警", "警号", "积分", "计分", "单位内占比", "精确份额（元）", "分配金额（元）", "获余额分");
            r = 1;
            for (UnitLine u : a.units()) {
                for (OfficerLine o : u.officers()) {
                    row(officers, r++, directory.unitName(u.unitId()), directory.officerName(o.officerId()),
                            o.policeNumber(), o.points(), o.weight(), o.share(), o.quota(), o.amount(),
                            o.remainderCent() ? "是" : "");
                }
            }
            Sheet rule = book.createSheet("分配规则");
            rule.createRow(0).createCell(0).setCellValue(Allocation.TIE_RULE);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(Sheet sheet, String... cells) {
        header(sheet, 0, cells);
    }

    private static void header(Sheet sheet, int index, String... cells) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            row.createCell(i).setCellValue(cells[i]);
        }
    }

    private static void row(Sheet sheet, int index, Object... cells) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            Object cell = cells[i];
            if (cell instanceof BigDecimal number) {
                row.createCell(i).setCellValue(number.toPlainString());
            } else {
                row.createCell(i).setCellValue(cell == null ? "" : cell.toString());
            }
        }
    }
}
