package cn.kaoping.incentive.rest.funding;

import org.eclipse.microprofile.openapi.annotations.Operation;
import cn.kaoping.incentive.funding.Allocation;
import cn.kaoping.incentive.funding.UnitLine;
import cn.kaoping.incentive.query.funding.AllocationQuery;
import cn.kaoping.runtime.directory.Directory;
import cn.kaoping.web.pages.BarChart;
import cn.kaoping.web.security.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The printable page of an allocation (intranet, in Chinese), with a bar chart of units' amounts drawn on the server. */
@Path("/funding-allocations")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class FundingPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance allocation(Allocation allocation, List<UnitRow> units, RawString chart);
    }

    /** A unit's line with the names people read. */
    public record UnitRow(String name, UnitLine line, List<OfficerRow> officers) {
    }

    public record OfficerRow(String name, cn.kaoping.incentive.funding.OfficerLine line) {
    }

    private final AllocationQuery allocations;
    private final Directory directory;

    FundingPages(AllocationQuery allocations, Directory directory) {
        this.allocations = allocations;
        this.directory = directory;
    }

    @Operation(operationId = "fundingPage", summary = "经费分配打印页 / Printable allocation",
            description = "一次经费分配的单位与民警明细及图表，中文打印页。 / An allocation's unit and officer lines with its chart, printable.")
    @GET
    @Path("{id}")
    @RolesAllowed({Roles.LEADERSHIP, Roles.REVIEWER})
    public TemplateInstance page(@PathParam("id") String id) {
        Allocation a = allocations.get(id);
        List<UnitRow> rows = a.units().stream().map(u -> new UnitRow(directory.unitName(u.unitId()), u,
                u.officers().stream().map(o -> new OfficerRow(directory.officerName(o.officerId()), o)).toList()))
                .toList();
        List<BarChart.Bar> bars = rows.stream()
                .map(r -> new BarChart.Bar(r.name(), r.line().amount(), r.line().amount().toPlainString())).toList();
        String svg = BarChart.render("各单位分配金额", "各单位分配金额（元）", bars, null);
        return Templates.allocation(a, rows, new RawString(svg));
    }
}
