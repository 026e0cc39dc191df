package cn.kaoping.publicity.rest.pages;

import cn.kaoping.publicity.list.MonthlyListAggregator;
import cn.kaoping.publicity.list.OfficerEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Sorting of the officers' table by query parameters ({@code sort}, {@code dir}), so the table sorts through
 * plain links, without JavaScript.
 */
public final class ListSorting {

    public static final String DEFAULT_KEY = "average";

    /** Column key → ascending order of that column. */
    static final Map<String, Comparator<OfficerEntry>> COMPARATORS = Map.of(
            "name", Comparator.comparing(OfficerEntry::officerName),
            "unit", Comparator.comparing(OfficerEntry::unitName, Comparator.nullsLast(Comparator.naturalOrder())),
            "files", Comparator.comparingInt(OfficerEntry::filesEvaluated),
            "total", Comparator.comparing(OfficerEntry::totalDeduction),
            "average", Comparator.comparing(OfficerEntry::averageDeduction),
            "problems", Comparator.comparingInt(OfficerEntry::problemFiles),
            "redcard", Comparator.comparing(OfficerEntry::redCard));

    /** Column key and Chinese header, in the order of the table. */
    static final List<String[]> COLUMNS = List.of(
            new String[] {"name", "姓名"},
            new String[] {"unit", "单位"},
            new String[] {"files", "考评案卷数"},
            new String[] {"total", "总扣分"},
            new String[] {"average", "平均扣分"},
            new String[] {"problems", "问题案卷数"},
            new String[] {"redcard", "红牌"});

    private ListSorting() {
    }

    static String key(String requested) {
        return requested != null && COMPARATORS.containsKey(requested) ? requested : DEFAULT_KEY;
    }

    static boolean descending(String key, String requestedDirection) {
        if ("asc".equals(requestedDirection)) {
            return false;
        }
        if ("desc".equals(requestedDirection)) {
            return true;
        }
        return !key.equals("name") && !key.equals("unit"); // figures: highest first by default
    }

    static List<OfficerEntry> sort(List<OfficerEntry> officers, String key, boolean descending) {
        Comparator<OfficerEntry> order = COMPARATORS.get(key);
        if (descending) {
            order = order.reversed();
        }
        List<OfficerEntry> sorted = new ArrayList<>(officers);
        sorted.sort(order.thenComparing(MonthlyListAggregator.OFFICER_ORDER));
        return sorted;
    }

    /** The header links: a click on the current column flips the direction. */
    static List<SortLink> links(String baseQuery, String key, boolean descending) {
        List<SortLink> links = new ArrayList<>();
        for (String[] column : COLUMNS) {
            boolean current = column[0].equals(key);
            String dir = current ? (descending ? "asc" : "desc") : (descending(column[0], null) ? "desc" : "asc");
            String href = "?" + baseQuery + (baseQuery.isEmpty() ? "" : "&") + "sort=" + column[0] + "&dir=" + dir;
            String arrow = current ? (descending ? " ▼" : " ▲") : "";
            links.add(new SortLink(column[0], column[1], href, arrow, current));
        }
        return links;
    }

    public record SortLink(String key, String label, String href, String arrow, boolean current) {
    }
}
