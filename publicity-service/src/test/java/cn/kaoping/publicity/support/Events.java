package cn.kaoping.publicity.support;

import cn.kaoping.contracts.evaluation.CaseFileClosed;
import cn.kaoping.contracts.evaluation.CaseFileRegistered;
import cn.kaoping.contracts.evaluation.CaseFileReviewed;
import cn.kaoping.contracts.evaluation.CaseFileSubmitted;
import cn.kaoping.contracts.evaluation.CaseKind;
import cn.kaoping.contracts.evaluation.Classification;
import cn.kaoping.contracts.evaluation.ClosingReason;
import cn.kaoping.contracts.evaluation.EvaluationCard;
import cn.kaoping.contracts.evaluation.Finding;
import cn.kaoping.contracts.evaluation.FindingClass;
import cn.kaoping.contracts.evaluation.Grade;
import cn.kaoping.contracts.evaluation.ObjectionDecided;
import cn.kaoping.contracts.evaluation.ObjectionDecision;
import cn.kaoping.contracts.evaluation.ObjectionRaised;
import cn.kaoping.contracts.evaluation.OfficerRegistered;
import cn.kaoping.contracts.evaluation.OfficerRole;
import cn.kaoping.contracts.evaluation.ProcessPenalty;
import cn.kaoping.contracts.evaluation.ProcessPenaltyCode;
import cn.kaoping.contracts.evaluation.RulebookContent;
import cn.kaoping.contracts.evaluation.RulebookDeadlines;
import cn.kaoping.contracts.evaluation.RulebookDimension;
import cn.kaoping.contracts.evaluation.RulebookGradeBands;
import cn.kaoping.contracts.evaluation.RulebookItem;
import cn.kaoping.contracts.evaluation.RulebookThresholds;
import cn.kaoping.contracts.evaluation.RulebookVersionPublished;
import cn.kaoping.contracts.evaluation.SubmissionOverdue;
import cn.kaoping.contracts.evaluation.UnitRegistered;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Evaluation events as evaluation-service publishes them, built for the scenarios of the tests. */
public final class Events {

    public static final String RULEBOOK = "default-v1";
    public static final ZoneId BUREAU = ZoneId.of("Asia/Shanghai");
    private static final String REVIEWER = "reviewer-1";

    private Events() {
    }

    /** A case file of the tests: ids unique per run. */
    public record File(String id, String caseNumber, String unitId, String officerId, List<String> coHandlerIds) {
        public static File of(String unitId, String officerId, String... coHandlerIds) {
            String id = UUID.randomUUID().toString();
            return new File(id, "行罚-" + id.substring(0, 8), unitId, officerId, List.of(coHandlerIds));
        }
    }

    public static String id(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(BUREAU).toInstant();
    }

    public static UnitRegistered unit(String unitId, String code, String name) {
        return new UnitRegistered(unitId, code, name, "admin-1", Instant.parse("2016-01-01T00:00:00Z"));
    }

    public static OfficerRegistered officer(String officerId, String policeNumber, String name, String unitId) {
        return new OfficerRegistered(officerId, policeNumber, name, unitId, List.of(OfficerRole.OFFICER), "admin-1",
                Instant.parse("2016-01-01T00:00:00Z"));
    }

    public static CaseFileRegistered registered(File file, LocalDate closedOn) {
        return new CaseFileRegistered(file.id(), file.caseNumber(), CaseKind.ADMINISTRATIVE_PENALTY, file.unitId(),
                file.officerId(), file.coHandlerIds(), closedOn, RULEBOOK, closedOn.plusMonths(1),
                at(closedOn.plusMonths(1).plusDays(1), 0), "legal-" + file.unitId(), at(closedOn, 9));
    }

    /** A finding of {@code points} on item {@code itemCode}, counted as recorded. */
    public static Finding finding(String findingId, String itemCode, String points) {
        BigDecimal value = new BigDecimal(points);
        return new Finding(findingId, findingId.startsWith("R2") ? 2 : 1, itemCode, "DOCUMENTS", value, value,
                FindingClass.NOT_STANDARDIZED, false, "见案卷", null, false);
    }

    /** A card whose total is its findings' counted points plus its process penalties (no caps reached). */
    public static EvaluationCard card(int round, String rulebookVersion, List<Finding> findings,
                                      List<ProcessPenalty> penalties) {
        BigDecimal findingsDeduction = findings.stream().map(Finding::countedPoints)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal processDeduction = penalties.stream().map(ProcessPenalty::points)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal total = findingsDeduction.add(processDeduction);
        BigDecimal score = BigDecimal.valueOf(100).subtract(total);
        Classification classification = findings.stream().anyMatch(f -> !f.withdrawn())
                ? Classification.NOT_STANDARDIZED : Classification.CLEAN;
        Grade grade = score.compareTo(BigDecimal.valueOf(90)) >= 0 ? Grade.EXCELLENT
                : score.compareTo(BigDecimal.valueOf(80)) >= 0 ? Grade.PASS : Grade.FAIL;
        return new EvaluationCard(round, rulebookVersion, findings, penalties, List.of(), findingsDeduction,
                processDeduction, total, score, grade, classification, false);
    }

    public static EvaluationCard card(int round, List<Finding> findings) {
        return card(round, RULEBOOK, findings, List.of());
    }

    /** A card of one finding of the given points (none when "0"). */
    public static EvaluationCard cardOf(int round, String points) {
        return new BigDecimal(points).signum() == 0 ? card(round, List.of())
                : card(round, List.of(finding("R" + round + "-1", "DOC-01", points)));
    }

    public static ProcessPenalty penalty(ProcessPenaltyCode code, String points) {
        return new ProcessPenalty(code, new BigDecimal(points), 1);
    }

    public static CaseFileReviewed reviewed(File file, int round, YearMonth evaluationMonth, LocalDate reviewedOn,
                                            EvaluationCard card) {
        boolean rectificationDue = round == 1 && !card.findings().isEmpty();
        return new CaseFileReviewed(file.id(), file.caseNumber(), file.unitId(), file.officerId(), file.coHandlerIds(),
                round, reviewedOn, card, List.of(), List.of(), evaluationMonth,
                rectificationDue ? reviewedOn.plusMonths(1) : null,
                rectificationDue ? at(reviewedOn.plusMonths(1).plusDays(1), 0) : null, reviewedOn.plusDays(3),
                REVIEWER, at(reviewedOn, 10));
    }

    /** Round one reviewed in the first days of its month. */
    public static CaseFileReviewed reviewed(File file, YearMonth month, String totalPoints) {
        return reviewed(file, 1, month, month.atDay(5), cardOf(1, totalPoints));
    }

    public static CaseFileClosed closed(File file, YearMonth evaluationMonth, LocalDate on, EvaluationCard card,
                                        ClosingReason reason) {
        return new CaseFileClosed(file.id(), file.caseNumber(), file.unitId(), file.officerId(), file.coHandlerIds(),
                reason, card.round(), card.totalDeduction(), card.score(), card.grade(), card.classification(),
                evaluationMonth, false, false, REVIEWER, at(on, 10));
    }

    public static SubmissionOverdue submissionOverdue(File file, YearMonth evaluationMonth, LocalDate dueOn,
                                                      String missingPoints) {
        ProcessPenalty missing = penalty(ProcessPenaltyCode.MISSING, missingPoints);
        BigDecimal total = missing.points();
        return new SubmissionOverdue(file.id(), file.caseNumber(), file.unitId(), file.officerId(), file.coHandlerIds(),
                dueOn, evaluationMonth, RULEBOOK, List.of(missing), total, BigDecimal.valueOf(100).subtract(total),
                "system", at(dueOn.plusDays(1), 0));
    }

    public static CaseFileSubmitted submitted(File file, int round, LocalDate on, boolean late, YearMonth evaluationMonth,
                                              ProcessPenalty... penalties) {
        List<ProcessPenalty> list = List.of(penalties);
        BigDecimal deduction = list.stream().map(ProcessPenalty::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new CaseFileSubmitted(file.id(), file.caseNumber(), file.unitId(), file.officerId(), round, on, late,
                list, deduction, evaluationMonth, "legal-" + file.unitId(), at(on, 9));
    }

    public static ObjectionRaised objectionRaised(File file, LocalDate on) {
        return new ObjectionRaised(file.id(), file.caseNumber(), file.unitId(), file.officerId(), 1, "扣分依据不足",
                on.plusDays(5), file.officerId(), at(on, 11));
    }

    /** Upheld: every finding of {@code before} withdrawn (kept, counting 0), total recomputed. */
    public static ObjectionDecided objectionUpheld(File file, YearMonth evaluationMonth, LocalDate on,
                                                   EvaluationCard before) {
        List<Finding> withdrawn = new ArrayList<>();
        for (Finding f : before.findings()) {
            withdrawn.add(new Finding(f.findingId(), f.recordedInRound(), f.itemCode(), f.dimension(), f.points(),
                    BigDecimal.ZERO, f.findingClass(), f.veto(), f.note(), f.rectification(), true));
        }
        EvaluationCard after = card(before.round(), before.rulebookVersion(), withdrawn, before.processPenalties());
        return new ObjectionDecided(file.id(), file.caseNumber(), file.unitId(), file.officerId(), file.coHandlerIds(),
                before.round(), ObjectionDecision.UPHELD, withdrawn.stream().map(Finding::findingId).toList(),
                "理由成立", after, evaluationMonth, REVIEWER, at(on, 15));
    }

    /** Decided with a new card of the given total (e.g. a partial withdrawal). */
    public static ObjectionDecided objectionDecided(File file, YearMonth evaluationMonth, LocalDate on,
                                                    EvaluationCard after) {
        return new ObjectionDecided(file.id(), file.caseNumber(), file.unitId(), file.officerId(), file.coHandlerIds(),
                after.round(), ObjectionDecision.UPHELD, List.of(), "部分成立", after, evaluationMonth, REVIEWER,
                at(on, 15));
    }

    /** A rulebook version with the given red-card thresholds and items. */
    public static RulebookVersionPublished rulebook(String versionId, LocalDate effectiveFrom, String redCardAbove,
                                                    int redCardMinimumFiles, RulebookItem... items) {
        RulebookContent content = new RulebookContent(versionId, "考评细则 " + versionId, effectiveFrom,
                List.of(new RulebookDimension("DOCUMENTS", "文书制作", BigDecimal.valueOf(100))),
                List.of(items), List.of(), new RulebookGradeBands(BigDecimal.valueOf(90), BigDecimal.valueOf(80)),
                new RulebookDeadlines("P1M", "P1M", "P3D", "P7D"), BigDecimal.valueOf(2),
                new RulebookThresholds(new BigDecimal(redCardAbove), redCardMinimumFiles, true, 3, 15, true, 2, 3));
        return new RulebookVersionPublished(versionId, content, "admin-1", at(effectiveFrom.minusDays(10), 9));
    }

    public static RulebookItem item(String code, String text) {
        return new RulebookItem(code, "DOCUMENTS", text, BigDecimal.ONE, BigDecimal.TEN, true,
                FindingClass.NOT_STANDARDIZED, false, false);
    }
}
