package cn.kaoping.training.rotation.importing;

import cn.kaoping.domain.DomainException;
import cn.kaoping.domain.FieldError;
import cn.kaoping.training.TrainingError;
import cn.kaoping.web.request.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * The rotation-training sheet (.xlsx) as the units keep it: a first row of Chinese headers
 * {@value #POLICE_NUMBER}, {@value #COURSE}, {@value #STARTS_ON}, {@value #ENDS_ON}, {@value #DAYS} (any order, other
 * columns ignored), one record per following row; blank rows are skipped. Dates as spreadsheet dates or text
 * {@code 2026-05-08}.
 */
public final class TrainingSheet {

    public static final String POLICE_NUMBER = "警号";
    public static final String COURSE = "课程";
    public static final String STARTS_ON = "开始日期";
    public static final String ENDS_ON = "结束日期";
    public static final String DAYS = "天数";
    static final List<String> HEADERS = List.of(POLICE_NUMBER, COURSE, STARTS_ON, ENDS_ON, DAYS);

    private TrainingSheet() {
    }

    /** One data row: its number as the spreadsheet shows it (the header is row 1). */
    public record Line(int rowNumber, String policeNumber, String course, LocalDate startsOn, LocalDate endsOn,
                       BigDecimal days) {
    }

    /** Reads every row; a row that does not parse is reported (field "第N行 …") and the whole sheet refused. */
    public static List<Line> read(InputStream in) {
        try (Workbook workbook = WorkbookFactory.create(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(sheet.getFirstRowNum());
            Map<String, Integer> columns = new HashMap<>();
            DataFormatter text = new DataFormatter();
            if (header != null) {
                for (Cell cell : header) {
                    columns.put(text.formatCellValue(cell).strip(), cell.getColumnIndex());
                }
            }
            for (String h : HEADERS) {
                if (!columns.containsKey(h)) {
                    throw DomainException.invalidField(TrainingError.SHEET_HEADER_MISSING, "file", h);
                }
            }
            // Counted before any row is read: an import is one transaction and one event per row (issue #11 rule 5).
            int rows = sheet.getLastRowNum() - sheet.getFirstRowNum();
            if (rows > Limits.IMPORT_ROWS) {
                throw DomainException.invalidField(TrainingError.SHEET_TOO_MANY_ROWS, "file", rows, Limits.IMPORT_ROWS);
            }
            List<Line> lines = new ArrayList<>();
            List<FieldError> errors = new ArrayList<>();
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || HEADERS.stream().allMatch(h -> text(row, columns.get(h), text).isEmpty())) {
                    continue;
                }
                int number = r + 1;
                String field = "第" + number + "行";
                LocalDate starts = date(row, columns.get(STARTS_ON), text, field + " " + STARTS_ON, errors);
                LocalDate ends = date(row, columns.get(ENDS_ON), text, field + " " + ENDS_ON, errors);
                BigDecimal days = number(row, columns.get(DAYS), text, field + " " + DAYS, errors);
                String policeNumber = bounded(text(row, columns.get(POLICE_NUMBER), text), Limits.CODE,
                        field + " " + POLICE_NUMBER, errors);
                String course = bounded(text(row, columns.get(COURSE), text), Limits.LABEL, field + " " + COURSE, errors);
                lines.add(new Line(number, policeNumber.isEmpty() ? null : policeNumber, course, starts, ends, days));
            }
            if (!errors.isEmpty()) {
                throw DomainException.invalid(TrainingError.SHEET_INVALID, errors, errors.size());
            }
            if (lines.isEmpty()) {
                throw DomainException.invalidField(TrainingError.SHEET_EMPTY, "file");
            }
            return lines;
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException d) {
                throw d;
            }
            throw DomainException.invalidField(TrainingError.SHEET_UNREADABLE, "file");
        }
    }

    /** The text, or a field error when it is longer than the same field may be when entered one by one. */
    private static String bounded(String value, int max, String field, List<FieldError> errors) {
        if (value.length() > max) {
            errors.add(FieldError.of(field, TrainingError.SHEET_TEXT_TOO_LONG, max));
        }
        return value;
    }

    private static String text(Row row, int column, DataFormatter text) {
        Cell cell = row.getCell(column);
        return cell == null ? "" : text.formatCellValue(cell).strip();
    }

    private static LocalDate date(Row row, int column, DataFormatter text, String field, List<FieldError> errors) {
        Cell cell = row.getCell(column);
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate();
        }
        String value = text.formatCellValue(cell).strip();
        try {
            return LocalDate.parse(value.replace('/', '-').replace('.', '-'));
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of(field, TrainingError.SHEET_BAD_DATE, value));
            return null;
        }
    }

    private static BigDecimal number(Row row, int column, DataFormatter text, String field, List<FieldError> errors) {
        Cell cell = row.getCell(column);
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros();
        }
        String value = text.formatCellValue(cell).strip();
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            errors.add(FieldError.of(field, TrainingError.SHEET_BAD_NUMBER, value));
            return null;
        }
    }
}
