package cn.kaoping.publicity.list;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a month's list from the files that count in it (P1, P2): the primary officer carries each file
 * (co-handlers too when configured, each with the file's whole deduction); each file counts once for its
 * unit. Average = total / files, two decimals HALF_UP. Pure: the same facts give the same list.
 */
public final class MonthlyListAggregator {

    /** Highest average first, then highest total, then name, then id: a stable order. */
    public static final Comparator<OfficerEntry> OFFICER_ORDER = Comparator
            .comparing(OfficerEntry::averageDeduction).reversed()
            .thenComparing(OfficerEntry::totalDeduction, Comparator.reverseOrder())
            .thenComparing(OfficerEntry::officerName)
            .thenComparing(OfficerEntry::officerId);
    public static final Comparator<UnitEntry> UNIT_ORDER = Comparator
            .comparing(UnitEntry::averageDeduction).reversed()
            .thenComparing(UnitEntry::totalDeduction, Comparator.reverseOrder())
            .thenComparing(UnitEntry::unitName)
            .thenComparing(UnitEntry::unitId);

    private final boolean countCoHandlers;

    public MonthlyListAggregator(boolean countCoHandlers) {
        this.countCoHandlers = countCoHandlers;
    }

    public MonthlyList live(YearMonth month, List<FileFact> files, Map<String, OfficerInfo> officers,
                            Map<String, UnitInfo> units, RedCardRule rule) {
        Map<String, List<FileFact>> byOfficer = new LinkedHashMap<>();
        Map<String, List<FileFact>> byUnit = new LinkedHashMap<>();
        for (FileFact file : files) {
            for (String officerId : carriers(file)) {
                byOfficer.computeIfAbsent(officerId, id -> new ArrayList<>()).add(file);
            }
            byUnit.computeIfAbsent(file.unitId(), id -> new ArrayList<>()).add(file);
        }

        List<OfficerEntry> officerEntries = new ArrayList<>();
        Map<String, Integer> redCardsByUnit = new LinkedHashMap<>();
        byOfficer.forEach((officerId, carried) -> {
            OfficerInfo info = officers.get(officerId);
            String unitId = unitOfLine(carried, info == null ? null : info.unitId());
            UnitInfo unit = units.get(unitId);
            BigDecimal total = sum(carried);
            BigDecimal average = Deductions.average(total, carried.size());
            List<ProblemFile> problems = carried.stream().filter(FileFact::isProblem).map(f -> new ProblemFile(
                    f.caseFileId(), f.caseNumber(), f.unitId(), Deductions.amount(f.totalDeduction()),
                    f.classification())).toList();
            boolean redCard = rule.earnsRedCard(average, carried.size());
            if (redCard) {
                redCardsByUnit.merge(unitId, 1, Integer::sum);
            }
            officerEntries.add(new OfficerEntry(officerId, info == null ? null : info.policeNumber(),
                    info == null ? officerId : info.name(), unitId, unit == null ? unitId : unit.name(),
                    carried.size(), total, average, problems.size(), redCard, problems));
        });
        officerEntries.sort(OFFICER_ORDER);

        List<UnitEntry> unitEntries = new ArrayList<>();
        byUnit.forEach((unitId, unitFiles) -> {
            UnitInfo unit = units.get(unitId);
            BigDecimal total = sum(unitFiles);
            int problems = (int) unitFiles.stream().filter(FileFact::isProblem).count();
            unitEntries.add(new UnitEntry(unitId, unit == null ? null : unit.code(),
                    unit == null ? unitId : unit.name(), unitFiles.size(), total,
                    Deductions.average(total, unitFiles.size()), problems,
                    Deductions.share(problems, unitFiles.size()), redCardsByUnit.getOrDefault(unitId, 0)));
        });
        unitEntries.sort(UNIT_ORDER);
        return new MonthlyList(month, null, null, null, rule, officerEntries, unitEntries);
    }

    /**
     * The unit an officer's line sits under: that of the files he carried, not the one he belongs to now, so that a
     * transferred officer's line for his old unit's files stays with that unit. Files of several units in one month
     * (a transfer within it): the unit of most of them; on a tie his current unit, else the first met.
     */
    static String unitOfLine(List<FileFact> carried, String currentUnitId) {
        Map<String, Integer> filesByUnit = new LinkedHashMap<>();
        carried.forEach(file -> filesByUnit.merge(file.unitId(), 1, Integer::sum));
        String best = null;
        int most = 0;
        for (Map.Entry<String, Integer> unit : filesByUnit.entrySet()) {
            boolean more = unit.getValue() > most;
            boolean tieWithCurrent = unit.getValue() == most && java.util.Objects.equals(unit.getKey(), currentUnitId);
            if (more || tieWithCurrent) {
                best = unit.getKey();
                most = unit.getValue();
            }
        }
        return best != null ? best : currentUnitId;
    }

    private Set<String> carriers(FileFact file) {
        Set<String> carriers = new LinkedHashSet<>();
        if (file.primaryOfficerId() != null) {
            carriers.add(file.primaryOfficerId());
        }
        if (countCoHandlers) {
            carriers.addAll(file.coHandlerIds());
        }
        return carriers;
    }

    private static BigDecimal sum(List<FileFact> files) {
        return Deductions.amount(files.stream().map(FileFact::totalDeduction).reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}
