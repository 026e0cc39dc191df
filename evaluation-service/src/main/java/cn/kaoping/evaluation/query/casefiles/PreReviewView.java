package cn.kaoping.evaluation.query.casefiles;

import cn.kaoping.contracts.evaluation.PreReviewFinding;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 初评: the latest pre-review of a file by its unit's legal officer (not scored). */
@Schema(description = "法制员最近一次初评 / The latest pre-review by the unit's legal officer (not scored)")
public record PreReviewView(int number, LocalDate preReviewedOn, String preReviewedBy,
                            List<PreReviewFinding> findings) {
}
