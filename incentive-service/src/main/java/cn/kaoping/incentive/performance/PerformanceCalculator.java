package cn.kaoping.incentive.performance;

import cn.kaoping.incentive.scheme.Scheme;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The points of files, officers and units under a scheme (precise rules of incentive): a pure function of the scheme
 * and the files. File points are rounded half up to 2 decimals once; a co-handler's part likewise.
 */
public final class PerformanceCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PerformanceCalculator() {
    }

    public static Performance compute(String period, Scheme scheme, List<FileFact> files) {
        Map<String, List<FilePoints>> byOfficer = new LinkedHashMap<>();
        Map<String, BigDecimal> unitPoints = new LinkedHashMap<>();
        Map<String, Integer> unitFiles = new LinkedHashMap<>();
        List<FileFact> ordered = new ArrayList<>(files);
        ordered.sort(Comparator.comparing(FileFact::evaluationMonth).thenComparing(FileFact::caseFileId));
        for (FileFact file : ordered) {
            Computation primary = computation(scheme, file, "PRIMARY", BigDecimal.ONE);
            add(byOfficer, file.unitId(), file.primaryOfficerId(), file, primary);
            for (String coHandler : file.coHandlerIds()) {
                if (coHandler.equals(file.primaryOfficerId())) {
                    continue;
                }
                add(byOfficer, file.unitId(), coHandler, file,
                        computation(scheme, file, "CO_HANDLER", scheme.coHandlerShare()));
            }
            unitPoints.merge(file.unitId(), primary.filePoints(), BigDecimal::add);
            unitFiles.merge(file.unitId(), 1, Integer::sum);
        }
        List<OfficerPoints> officers = new ArrayList<>();
        byOfficer.forEach((key, list) -> {
            String[] parts = key.split("\u0000", 2);
            BigDecimal sum = list.stream().map(FilePoints::points).reduce(BigDecimal.ZERO, BigDecimal::add);
            officers.add(new OfficerPoints(parts[1], parts[0], sum.setScale(2, RoundingMode.UNNECESSARY), list));
        });
        officers.sort(Comparator.comparing(OfficerPoints::points).reversed()
                .thenComparing(OfficerPoints::officerId).thenComparing(OfficerPoints::unitId));
        List<UnitPoints> units = new ArrayList<>();
        unitPoints.forEach((unit, points) -> units.add(new UnitPoints(unit, unitFiles.get(unit),
                points.setScale(2, RoundingMode.UNNECESSARY))));
        units.sort(Comparator.comparing(UnitPoints::points).reversed().thenComparing(UnitPoints::unitId));
        return new Performance(period, scheme.versionId(), officers, units);
    }

    private static void add(Map<String, List<FilePoints>> byOfficer, String unitId, String officerId, FileFact file,
                            Computation computation) {
        byOfficer.computeIfAbsent(unitId + "\u0000" + officerId, k -> new ArrayList<>())
                .add(new FilePoints(file.caseFileId(), file.caseNumber(), file.unitId(), file.evaluationMonth(),
                        computation.points(), computation));
    }

    /** The file's points and this officer's part of them, with the formula spelled out. */
    static Computation computation(Scheme scheme, FileFact file, String role, BigDecimal share) {
        BigDecimal base = scheme.basePoints(file.kind());
        BigDecimal coefficient = scheme.coefficient(file.grade());
        BigDecimal factor = scheme.processFactor();
        BigDecimal classificationPoints = scheme.classificationPoints(file.classification());
        BigDecimal perScore = scheme.finalScorePoints();
        BigDecimal scorePoints = file.finalScore() == null ? BigDecimal.ZERO
                : perScore.multiply(file.finalScore()).divide(HUNDRED);
        BigDecimal roundTwo = file.finalRound() == 2 ? scheme.roundTwoPoints() : BigDecimal.ZERO;
        BigDecimal bonus = file.tenBest() ? scheme.tenBestBonus() : BigDecimal.ZERO;
        BigDecimal filePoints;
        StringBuilder formula = new StringBuilder();
        if (file.veto()) {
            // A veto file earns the scheme's VETO figure, whatever else its card holds (一票否决).
            filePoints = scheme.vetoPoints();
            formula.append("一票否决 ").append(plain(filePoints));
        } else {
            filePoints = base.multiply(coefficient)
                    .subtract(file.processDeduction().multiply(factor))
                    .add(classificationPoints).add(scorePoints).add(roundTwo).add(bonus);
            formula.append("基础分 ").append(plain(base)).append(" × 等次系数 ").append(plain(coefficient));
            if (file.processDeduction().signum() != 0) {
                formula.append(" − 程序扣分 ").append(plain(file.processDeduction())).append(" × ").append(plain(factor));
            }
            if (classificationPoints.signum() != 0) {
                formula.append(" + 定性调整 ").append(plain(classificationPoints));
            }
            if (scorePoints.signum() != 0) {
                formula.append(" + 得分项 ").append(plain(perScore)).append(" × ").append(plain(file.finalScore()))
                        .append(" / 100");
            }
            if (roundTwo.signum() != 0) {
                formula.append(" + 二次送评 ").append(plain(roundTwo));
            }
            if (bonus.signum() != 0) {
                formula.append(" + 十佳加分 ").append(plain(bonus));
            }
        }
        filePoints = filePoints.setScale(2, RoundingMode.HALF_UP);
        formula.append(" = ").append(filePoints.toPlainString());
        BigDecimal points = filePoints.multiply(share).setScale(2, RoundingMode.HALF_UP);
        if (!"PRIMARY".equals(role)) {
            formula.append("；协办 × ").append(plain(share)).append(" = ").append(points.toPlainString());
        }
        return new Computation(scheme.versionId(), file.kind(), base, file.grade(), coefficient, file.veto(),
                scheme.vetoPoints(), file.processDeduction(), factor, file.classification(), classificationPoints,
                file.finalScore(), perScore, file.finalRound(), roundTwo, file.tenBest(), bonus, filePoints, role, share,
                points, formula.toString());
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
