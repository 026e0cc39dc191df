package cn.kaoping.evaluation.query.casefiles;

import cn.kaoping.evaluation.casefile.CaseFileState;
import java.time.LocalDate;

/**
 * A search of case files; every criterion is optional (null). The unit and the officer are those of the caller's
 * access scope narrowed by the request, so the filter is also what the caller may see.
 *
 * @param officerId    primary officer or co-handler
 * @param reviewedFrom a review (round one or two) on or after this date
 * @param reviewedTo   a review on or before this date
 */
public record CaseFileFilter(String unitId, String officerId, CaseFileState state, LocalDate reviewedFrom,
                             LocalDate reviewedTo) {
}
