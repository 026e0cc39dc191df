package cn.kaoping.supervision.accountability;

import cn.kaoping.supervision.accountability.proceeding.ProceedingDecision;
import cn.kaoping.web.request.Limits;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * 执法过错认定和追究执法过错责任意见书: the parts of the opinion the brigade writes (drafted from the facts, edited
 * until it is issued). The facts themselves ({@link CaseFacts}) are not edited.
 *
 * @param findingOfFacts   认定事实
 * @param errorAssessment  执法过错认定 (which findings are errors, which are only flaws)
 * @param proposedHandling 处理意见
 * @param proposedForms    codes of the forms of liability proposed (the party committee decides)
 */
public record Opinion(@Size(max = ProceedingDecision.MAX_TEXT) String findingOfFacts,
                      @Size(max = ProceedingDecision.MAX_TEXT) String errorAssessment,
                      @Size(max = ProceedingDecision.MAX_TEXT) String proposedHandling,
                      @Size(max = Limits.LIST) List<@Size(max = Limits.CODE) String> proposedForms) {

    public Opinion {
        proposedForms = proposedForms == null ? List.of() : List.copyOf(proposedForms);
    }
}
