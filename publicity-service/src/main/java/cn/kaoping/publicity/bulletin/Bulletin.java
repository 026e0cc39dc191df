package cn.kaoping.publicity.bulletin;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * 考评通报 (P3): drafted from a month's data, edited, then published as 第{issueNumber}期 of {year}; a published
 * bulletin's text never changes.
 *
 * @param year        publication year (bureau time zone), null while a draft
 * @param issueNumber 第N期 of that year, null while a draft
 */
public record Bulletin(
        String bulletinId,
        YearMonth month,
        String title,
        String body,
        String state,
        Integer year,
        Integer issueNumber,
        List<BulletinUnit> units,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        String publishedBy,
        Instant publishedAt) {

    public static final String DRAFT = "DRAFT";
    public static final String PUBLISHED = "PUBLISHED";

    public Bulletin {
        units = units == null ? List.of() : List.copyOf(units);
    }

    public boolean isPublished() {
        return PUBLISHED.equals(state);
    }

    /** "2017年第3期" once published. */
    public String issueLabel() {
        return isPublished() ? year + "年第" + issueNumber + "期" : "草稿";
    }
}
