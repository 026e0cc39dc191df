package cn.kaoping.supervision.rest.figures;

import static cn.kaoping.supervision.SupervisionError.REQUIRED;

import cn.kaoping.domain.DomainException;
import cn.kaoping.supervision.accountability.LiabilityForms;
import cn.kaoping.supervision.query.figures.FiguresQuery;
import cn.kaoping.web.request.Limits;
import cn.kaoping.web.request.QueryParams;
import cn.kaoping.web.security.Caller;
import cn.kaoping.web.security.Roles;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** S3 figures: officers held accountable per batch and year, by form and unit; open and overdue items. */
@Path("/api/v1/accountability-figures")
@Tag(name = "统计 Figures")
public class FiguresResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final FiguresQuery query;
    private final LiabilityForms forms;
    private final Caller caller;

    FiguresResource(FiguresQuery query, LiabilityForms forms, Caller caller) {
        this.query = query;
        this.forms = forms;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getAccountabilityFigures", summary = "追责与督办统计 / Figures of a year (REVIEWER, LEADERSHIP)")
    public FiguresQuery.Figures figures(@QueryParam("year") @Size(max = Limits.CODE) String year) {
        caller.requireAnyRole(Roles.REVIEWER, Roles.LEADERSHIP);
        return query.of(year(year));
    }

    @GET
    @Path("export")
    @Produces(XLSX)
    @Operation(operationId = "exportAccountabilityFigures", summary = "统计导出 .xlsx / The figures as a spreadsheet")
    public Response export(@QueryParam("year") @Size(max = Limits.CODE) String year) {
        caller.requireAnyRole(Roles.REVIEWER, Roles.LEADERSHIP);
        FiguresQuery.Figures f = query.of(year(year));
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet officers = book.createSheet("追责人员");
            row(officers, 0, "批次", "民警", "民警编号", "单位", "追责方式");
            int r = 1;
            for (FiguresQuery.Batch b : f.batches()) {
                for (FiguresQuery.AccountableOfficer o : b.officers()) {
                    row(officers, r++, b.batch(), o.officerName(), o.officerId(), o.unitName(),
                            String.join("、", o.forms().stream().map(forms::nameOf).toList()));
                }
            }
            Sheet byForm = book.createSheet("按追责方式");
            row(byForm, 0, "追责方式", "人数");
            r = 1;
            for (FiguresQuery.FormCount c : f.byForm()) {
                row(byForm, r++, forms.nameOf(c.code()), String.valueOf(c.officers()));
            }
            Sheet byUnit = book.createSheet("按单位");
            row(byUnit, 0, "单位", "追责人数", "跟踪中", "逾期");
            r = 1;
            for (FiguresQuery.UnitFigures u : f.byUnit()) {
                row(byUnit, r++, u.unitName() == null ? u.unitId() : u.unitName(),
                        String.valueOf(u.accountableOfficers()), String.valueOf(u.openItems()),
                        String.valueOf(u.overdueItems()));
            }
            row(byUnit, r, "合计", String.valueOf(f.accountableOfficers()), String.valueOf(f.openItems()),
                    String.valueOf(f.overdueItems()));
            book.write(out);
            return Response.ok(out.toByteArray(), XLSX)
                    .header("Content-Disposition", "attachment; filename=\"accountability-" + f.year() + ".xlsx\"")
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(Sheet sheet, int index, String... cells) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            row.createCell(i).setCellValue(cells[i] == null ? "" : cells[i]);
        }
    }

    private static int year(String text) {
        Integer year = QueryParams.integer("year", text);
        if (year == null) {
            throw DomainException.invalidField(REQUIRED, "year");
        }
        if (year < 1900 || year > 9999) {
            throw DomainException.invalidField(REQUIRED, "year");
        }
        return year;
    }
}
