package cn.kaoping.publicity.commentary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

/**
 * 案件点评 (P4): the brigade's commentary on a case file of general guiding value. The file's facts (case
 * number, unit, officer, deduction) come from the projection when the commentary is read.
 *
 * @param month the file's evaluation month when the commentary was written (null if it had none yet)
 */
public record Commentary(
        String commentaryId,
        String caseFileId,
        String caseNumber,
        String unitId,
        String unitName,
        String officerId,
        String officerName,
        BigDecimal totalDeduction,
        YearMonth month,
        String title,
        String body,
        String state,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        String publishedBy,
        Instant publishedAt) {

    public static final String DRAFT = "DRAFT";
    public static final String PUBLISHED = "PUBLISHED";

    public boolean isPublished() {
        return PUBLISHED.equals(state);
    }
}
