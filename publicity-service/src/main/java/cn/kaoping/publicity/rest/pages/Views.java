package cn.kaoping.publicity.rest.pages;

import cn.kaoping.publicity.bulletin.Bulletin;
import cn.kaoping.publicity.commentary.Commentary;
import cn.kaoping.publicity.list.OfficerEntry;
import cn.kaoping.publicity.list.RedCardRule;
import cn.kaoping.publicity.list.UnitEntry;
import io.quarkus.qute.RawString;
import java.math.BigDecimal;
import java.util.List;

/** What the pages of the legal web page show; every text already in Chinese and formatted. */
public final class Views {

    /** The list is a published version. */
    public static final String PUBLISHED = "PUBLISHED";
    /** The list is computed now from the projection (no version published, or asked for). */
    public static final String LIVE = "LIVE";
    /** No version published, and live lists are not shown on the pages. */
    public static final String NONE = "NONE";

    private Views() {
    }

    public record Index(String currentMonth, String currentMonthLabel, List<MonthRow> months, List<Bulletin> bulletins,
                        List<Commentary> commentaries) {
    }

    /**
     * @param redCards red cards of the latest published version, or "—" when not published
     */
    public record MonthRow(String month, String label, boolean published, String status, String publishedAt,
                           String filesEvaluated, String redCards) {
    }

    public record VersionLink(String label, String href, boolean current) {
    }

    public record Summary(int filesEvaluated, BigDecimal totalDeduction, BigDecimal averageDeduction, int problemFiles,
                          int redCards) {
    }

    public record ListPage(String month, String monthLabel, String state, String statusText, List<VersionLink> versions,
                           String liveHref, RedCardRule rule, Summary summary, List<ListSorting.SortLink> columns,
                           List<OfficerEntry> officers, List<UnitEntry> units, RawString chart) {

        public boolean isPublished() {
            return PUBLISHED.equals(state);
        }

        public boolean isLive() {
            return LIVE.equals(state);
        }

        public boolean hasRows() {
            return !officers.isEmpty();
        }
    }

    public record RedCardPage(String month, String monthLabel, String state, String statusText, RedCardRule rule,
                              List<OfficerEntry> redCards) {

        public boolean isLive() {
            return LIVE.equals(state);
        }

        public boolean isNone() {
            return NONE.equals(state);
        }
    }

    public record BulletinPage(Bulletin bulletin, String publishedAt, String monthLabel) {
    }

    public record CommentaryPage(Commentary commentary, String publishedAt, String monthLabel) {
    }

    public record ErrorPage(int status, String title, String message) {
    }
}
