package cn.kaoping.training.meeting;

import cn.kaoping.web.request.Limits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
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
public record Agenda(Figures figures,
                     @Size(max = Limits.LIST) List<@Valid FrequentItem> frequentItems,
                     @Size(max = Limits.UNITS) List<@Valid UnitLine> units,
                     @Size(max = Limits.PEOPLE) List<@Valid RedCardLine> redCards,
                     @Size(max = Limits.LIST) List<@Valid RegulationLine> regulations,
                     @Size(max = Limits.LIST) List<@Size(max = Limits.TEXT) String> topics,
                     @Size(max = Limits.DOCUMENT) String notes) {

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

    public record UnitRef(@Size(max = Limits.ID) String unitId, @Size(max = Limits.NAME) String unitName) {
    }

    public record FrequentItem(@Size(max = Limits.CODE) String itemCode, @Size(max = Limits.TEXT) String itemText,
                               int count, @Size(max = Limits.UNITS) List<@Valid UnitRef> units) {

        public FrequentItem {
            units = present(units);
        }
    }

    public record UnitLine(@Size(max = Limits.ID) String unitId, @Size(max = Limits.NAME) String unitName, int files,
                           BigDecimal averageDeduction, int problemFiles) {
    }

    public record RedCardLine(@Size(max = Limits.ID) String officerId, @Size(max = Limits.LABEL) String officerName,
                              @Size(max = Limits.ID) String unitId, @Size(max = Limits.NAME) String unitName,
                              BigDecimal averageDeduction,
                              @Size(max = Limits.LIST) List<@Size(max = Limits.ID) String> problemFileIds) {

        public RedCardLine {
            problemFileIds = present(problemFileIds);
        }
    }

    public record RegulationLine(@Size(max = Limits.ID) String regulationId, @Size(max = Limits.NAME) String title,
                                 @Size(max = Limits.LABEL) String documentNumber,
                                 @Size(max = Limits.NAME) String issuer, @Size(max = Limits.CODE) String kind,
                                 LocalDate effectiveOn) {
    }

    /**
     * The list without its null elements: an edited agenda (PUT) may hold {@code [null]} where a line was left
     * empty, which List.copyOf refused (a 500) and the printable page could not render (a null line).
     */
    static <T> List<T> present(List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }
}
