package cn.kaoping.supervision.rest.accountability;

import cn.kaoping.runtime.time.BureauSettings;
import cn.kaoping.supervision.accountability.LiabilityForms;
import cn.kaoping.supervision.accountability.opening.CaseOpeningDecision;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 执法过错认定和追究执法过错责任意见书 as a printable page in Chinese (no JavaScript, no CDN). */
@Path("/accountability-cases/{id}/document")
@Tag(name = "责任追究 Accountability")
public class DocumentPage {

    private final CaseAccess access;
    private final BureauSettings bureau;
    private final LiabilityForms forms;

    DocumentPage(CaseAccess access, BureauSettings bureau, LiabilityForms forms) {
        this.access = access;
        this.bureau = bureau;
        this.forms = forms;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance document(String bureau, CaseView c, String grounds, List<String> proposedForms,
                                                String decisionForms, List<String> revisions);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "getAccountabilityDocument", summary = "意见书（可打印）/ The opinion as a printable page")
    public TemplateInstance document(@PathParam("id") String id) {
        CaseView c = CaseView.of(access.readable(id));
        String grounds = String.join("、", c.grounds().stream().map(CaseOpeningDecision::groundName).toList());
        List<String> proposed = c.opinion().proposedForms().stream().map(forms::nameOf).toList();
        String decisionForms = c.decision() == null ? "" : String.join("、", c.decision().forms().stream().map(forms::nameOf).toList());
        List<String> revisions = c.revisions().stream().map(r -> ("REVIEW".equals(r.kind()) ? "复核" : "申诉") + "（"
                + r.decidedOn() + "）：" + (r.liable() ? "维持或变更为追究责任："
                + String.join("、", r.forms().stream().map(forms::nameOf).toList()) : "不予追究，理由：" + r.grounds()))
                .toList();
        return Templates.document(bureau.name(), c, grounds, proposed, decisionForms, revisions);
    }
}
