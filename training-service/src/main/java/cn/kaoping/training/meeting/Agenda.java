package cn.kaoping.training.meeting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * 例会议程: what the brigade reports at a month's legal officer meeting (T1), drafted from the data and edited
 * until the meeting is held.
 *
 * @param frequentItems the ten most frequent rulebook items found in the month
 * @param regulations   the documents entered into the registry since the previous meeting was held
 * @param topics        further points the brigade adds
 */
public record Agenda(Figures figures, List<FrequentItem> frequentItems, List<UnitLine> units,
                     List<RedCardLine> redCards, List<RegulationLine> regulations, List<String> topics,
                     String notes) {

    public Agenda {
        frequentItems = present(frequentItems);
        units = present(units);
        redCards = present(redCards);
        regulations = present(regulations);
        topics = present(topics);
        figures = figures == null ? new Figures(0, 0, 0) : figures;
    }

    /** The month's figures: files evaluated, 执法不严格, 执法不规范. */
    public record Figures(int filesEvaluated, int notStrict, int notStandardized) {
    }

    public record UnitRef(String unitId, String unitName) {
    }

    public record FrequentItem(String itemCode, String itemText, int count, List<UnitRef> units) {

        public FrequentItem {
            units = present(units);
        }
    }

    public record UnitLine(String unitId, String unitName, int files, BigDecimal averageDeduction, int problemFiles) {
    }

    public record RedCardLine(String officerId, String officerName, String unitId, String unitName,
                              BigDecimal averageDeduction, List<String> problemFileIds) {

        public RedCardLine {
            problemFileIds = present(problemFileIds);
        }
    }

    public record RegulationLine(String regulationId, String title, String documentNumber, String issuer,
                                 String kind, LocalDate effectiveOn) {
    }

    /**
     * The list without its null elements: an edited agenda (PUT) may hold {@code [null]} where a line was left
     * empty, which List.copyOf refused (a 500) and the printable page could not render (a null line).
     */
    static <T> List<T> present(List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }
}
