package cn.kaoping.evaluation.rulebook.whatif;

import cn.kaoping.contracts.evaluation.RulebookThresholds;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What a brigade decides a draft on (规则试算汇总): per unit and per primary officer and month, the average deduction
 * and the red card now and under the draft, and the files whose grade changes.
 *
 * <p>Red card (P2): a month's average deduction strictly above {@code redCardAverageDeductionAbove} with at least
 * {@code redCardMinimumFiles} files; "now" by the thresholds of the rulebook in force today, "draft" by the draft's.
 * Averages are rounded half up to two decimals for display; the red card compares the exact average.
 *
 * @param files          the files of the range
 * @param changedFiles   the files of the range whose deduction differs under the draft
 * @param units          per unit and month
 * @param officers       per primary officer and month
 * @param gradeChanges   every file whose grade changes
 */
public record WhatIfSummary(
        int files,
        int changedFiles,
        List<GroupComparison> units,
        List<GroupComparison> officers,
        List<FileComparison> gradeChanges) {

    /**
     * @param unitNames    a unit's name by id (null when unknown)
     * @param officerNames an officer's name by id (null when unknown)
     */
    public static WhatIfSummary of(List<FileComparison> files, RulebookThresholds now, RulebookThresholds draft,
                                   Function<String, String> unitNames, Function<String, String> officerNames) {
        int changed = (int) files.stream()
                .filter(f -> f.recorded().totalDeduction().compareTo(f.draft().totalDeduction()) != 0).count();
        return new WhatIfSummary(files.size(), changed, groups(files, FileComparison::unitId, unitNames, now, draft),
                groups(files, FileComparison::primaryOfficerId, officerNames, now, draft),
                files.stream().filter(FileComparison::gradeChanged)
                        .sorted(Comparator.comparing(FileComparison::evaluationMonth)
                                .thenComparing(FileComparison::caseNumber))
                        .toList());
    }

    private record Key(String id, YearMonth month) {
    }

    private static List<GroupComparison> groups(List<FileComparison> files, Function<FileComparison, String> id,
                                                Function<String, String> names, RulebookThresholds now, RulebookThresholds draft) {
        Map<Key, List<FileComparison>> byGroup = new TreeMap<>(Comparator.comparing(Key::id)
                .thenComparing(Key::month));
        for (FileComparison file : files) {
            byGroup.computeIfAbsent(new Key(id.apply(file), file.evaluationMonth()), k -> new ArrayList<>()).add(file);
        }
        List<GroupComparison> groups = new ArrayList<>();
        byGroup.forEach((key, group) -> {
            BigDecimal sumNow = group.stream().map(f -> f.recorded().totalDeduction())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal sumDraft = group.stream().map(f -> f.draft().totalDeduction())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            int n = group.size();
            groups.add(new GroupComparison(key.id(), names.apply(key.id()), key.month(), n, average(sumNow, n), average(sumDraft, n),
                    redCard(sumNow, n, now), redCard(sumDraft, n, draft)));
        });
        return groups;
    }

    private static BigDecimal average(BigDecimal sum, int n) {
        return sum.divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP);
    }

    /** average > threshold ⇔ sum > threshold × n: exact, without rounding the average. */
    static boolean redCard(BigDecimal sum, int n, RulebookThresholds thresholds) {
        return n >= thresholds.redCardMinimumFiles()
                && sum.compareTo(thresholds.redCardAverageDeductionAbove().multiply(BigDecimal.valueOf(n))) > 0;
    }
}
