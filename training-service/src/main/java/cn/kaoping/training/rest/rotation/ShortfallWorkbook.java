package cn.kaoping.training.rest.rotation;

import cn.kaoping.training.query.rotation.RotationQuery;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The shortfall list (T4) as an .xlsx sheet with Chinese headers. */
final class ShortfallWorkbook {

    static final String[] HEADERS = {"单位", "警号", "姓名", "已训天数", "应训天数", "缺训天数"};

    private ShortfallWorkbook() {
    }

    static byte[] write(RotationQuery.Shortfall shortfall) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(shortfall.year() + "年轮训不足");
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.length; i++) {
                header.createCell(i).setCellValue(HEADERS[i]);
            }
            int r = 1;
            for (RotationQuery.ShortfallLine line : shortfall.lines()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(line.unitName());
                row.createCell(1).setCellValue(line.policeNumber());
                row.createCell(2).setCellValue(line.officerName());
                row.createCell(3).setCellValue(line.days().doubleValue());
                row.createCell(4).setCellValue(line.required());
                row.createCell(5).setCellValue(line.missing().doubleValue());
            }
            for (int i = 0; i < HEADERS.length; i++) {
                sheet.setColumnWidth(i, 16 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
