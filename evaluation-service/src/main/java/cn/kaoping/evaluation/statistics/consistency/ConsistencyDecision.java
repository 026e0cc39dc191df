package cn.kaoping.evaluation.statistics.consistency;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * 考评一致性: how evenly the brigade's reviewers apply the rulebook.
 *
 * <p>Per item and reviewer: the findings of the item he recorded per 100 files he reviewed (round-one cards he made),
 * and the average points he gave. His use <em>departs</em> when he reviewed at least {@code minFiles} files and his
 * rate is more than {@code ratio} × the others' rate (their findings of the item per 100 of their files), or less than
 * the others' rate ÷ {@code ratio}; an item the others never record departs as soon as he records it, an item nobody
 * records never departs. Per reviewer: the share of his files with findings and their average current deduction,
 * beside the brigade's.
 */
public final class ConsistencyDecision {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ConsistencyDecision() {
    }

    public static Consistency decide(List<ReviewedFile> files, List<RecordedFinding> findings, BigDecimal ratio,
                                     int minFiles, Function<String, String> names) {
        Map<String, Integer> filesBy = new TreeMap<>();
        files.forEach(f -> filesBy.merge(f.reviewerId(), 1, Integer::sum));
        int allFiles = files.size();
        Map<String, Map<String, List<BigDecimal>>> byItem = new TreeMap<>();
        for (RecordedFinding finding : findings) {
            byItem.computeIfAbsent(finding.itemCode(), k -> new TreeMap<>())
                    .computeIfAbsent(finding.reviewerId(), k -> new ArrayList<>()).add(finding.points());
        }
        List<ItemUse> items = new ArrayList<>();
        for (Map.Entry<String, Map<String, List<BigDecimal>>> item : byItem.entrySet()) {
            int itemTotal = item.getValue().values().stream().mapToInt(List::size).sum();
            // Every reviewer of the period, also those who never recorded this item (rate 0: may depart low).
            for (String reviewer : new TreeSet<>(filesBy.keySet())) {
                List<BigDecimal> points = item.getValue().getOrDefault(reviewer, List.of());
                int own = filesBy.getOrDefault(reviewer, 0);
                int othersFiles = allFiles - own;
                BigDecimal rate = per100(points.size(), own);
                BigDecimal others = othersFiles == 0 ? null : per100(itemTotal - points.size(), othersFiles);
                items.add(new ItemUse(item.getKey(), reviewer, points.size(), rate.setScale(2, RoundingMode.HALF_UP),
                        average(points, 1), others == null ? null : others.setScale(2, RoundingMode.HALF_UP),
                        departs(rate, others, own, ratio, minFiles)));
            }
        }
        List<ReviewerProfile> reviewers = filesBy.keySet().stream()
                .map(r -> profile(r, names.apply(r), files.stream().filter(f -> f.reviewerId().equals(r)).toList()))
                .toList();
        return new Consistency(ratio, minFiles, items, items.stream().filter(ItemUse::departs).toList(), reviewers,
                profile(null, null, files));
    }

    /** rate > ratio × others, or rate × ratio < others; exact (unrounded) rates. */
    static boolean departs(BigDecimal rate, BigDecimal others, int files, BigDecimal ratio, int minFiles) {
        if (others == null || files < minFiles) {
            return false;
        }
        return rate.compareTo(others.multiply(ratio)) > 0 || rate.multiply(ratio).compareTo(others) < 0;
    }

    private static BigDecimal per100(int findings, int files) {
        return files == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(findings).multiply(HUNDRED).divide(BigDecimal.valueOf(files), 10,
                        RoundingMode.HALF_UP);
    }

    private static BigDecimal average(List<BigDecimal> values, int scale) {
        return values.isEmpty() ? null : values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), scale, RoundingMode.HALF_UP);
    }

    private static ReviewerProfile profile(String reviewerId, String name, List<ReviewedFile> files) {
        int withFindings = (int) files.stream().filter(ReviewedFile::withFindings).count();
        BigDecimal share = files.isEmpty() ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(withFindings).multiply(HUNDRED).divide(BigDecimal.valueOf(files.size()), 1,
                        RoundingMode.HALF_UP);
        BigDecimal deduction = files.isEmpty() ? BigDecimal.ZERO.setScale(2)
                : files.stream().map(ReviewedFile::totalDeduction).collect(Collectors.reducing(BigDecimal.ZERO,
                        BigDecimal::add)).divide(BigDecimal.valueOf(files.size()), 2, RoundingMode.HALF_UP);
        return new ReviewerProfile(reviewerId, name, files.size(), withFindings, share, deduction);
    }
}
