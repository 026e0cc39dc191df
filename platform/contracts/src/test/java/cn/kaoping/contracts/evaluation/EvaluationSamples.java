package cn.kaoping.contracts.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * One realistic sample of every {@link EvaluationEvent} record, for the snapshot, schema and round-trip tests
 * of the contracts module ({@code SampleEvents.evaluationSamples()} returns {@link #all()}). The numbers are
 * those the default rulebook gives.
 */
public final class EvaluationSamples {

    public static final Instant TIME = Instant.parse("2017-06-05T02:00:00Z");
    static final String UNIT_ID = "2c9a7d0e-52a4-4cf1-9e4b-0c6b1d4f8a33";
    static final String OTHER_UNIT_ID = "3d0b8e1f-63b5-4d02-8f5c-1d7c2e5a9b44";
    static final String OFFICER_ID = "7d3e1c55-0b2f-4d7a-8f61-3e9c2b5a4d10";
    static final String CO_HANDLER_ID = "8e4f2d66-1c3a-4e8b-9a72-4f0d3c6b5e21";
    static final String LEGAL_OFFICER_ID = "9f5a3e77-2d4b-4f9c-8b83-5a1e4d7c6f32";
    static final String REVIEWER_ID = "5f0c6b0e-8a57-4c55-9d53-1a3b6f0f7c21";
    static final String ADMIN_ID = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
    static final String CASE_FILE_ID = "c1b2a3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d";
    static final String CASE_NUMBER = "城公（治）行罚决字〔2017〕0101号";
    static final String RULEBOOK = "default-v1";
    static final YearMonth MONTH = YearMonth.of(2017, 5);

    private EvaluationSamples() {
    }

    public static List<EvaluationEvent> all() {
        return List.of(
                new UnitRegistered(UNIT_ID, "CG01", "城关派出所", ADMIN_ID, TIME),
                new OfficerRegistered(OFFICER_ID, "031234", "李明", UNIT_ID,
                        List.of(OfficerRole.OFFICER, OfficerRole.UNIT_LEGAL_OFFICER), ADMIN_ID, TIME),
                new RulebookVersionPublished("v2017-07", rulebook("v2017-07"), ADMIN_ID, TIME),
                new CaseFileRegistered(CASE_FILE_ID, CASE_NUMBER, CaseKind.ADMINISTRATIVE_PENALTY, UNIT_ID, OFFICER_ID,
                        List.of(CO_HANDLER_ID), LocalDate.of(2017, 4, 2), RULEBOOK, LocalDate.of(2017, 5, 2),
                        Instant.parse("2017-05-02T16:00:00Z"), LEGAL_OFFICER_ID, TIME),
                new CaseFilePreReviewed(CASE_FILE_ID, CASE_NUMBER, UNIT_ID, OFFICER_ID, 1, LocalDate.of(2017, 4, 20),
                        List.of(new PreReviewFinding("P1-1", "EV02", "EVIDENCE", points("2.0"),
                                FindingClass.NOT_STANDARDIZED, false, "询问笔录第3页未签名")),
                        LEGAL_OFFICER_ID, TIME),
                new CaseFileSubmitted(CASE_FILE_ID, CASE_NUMBER, UNIT_ID, OFFICER_ID, 1, LocalDate.of(2017, 5, 10),
                        true, List.of(new ProcessPenalty(ProcessPenaltyCode.LATE, points("2.0"), 2)), points("2.0"),
                        MONTH, LEGAL_OFFICER_ID, TIME),
                new SubmissionOverdue(CASE_FILE_ID, CASE_NUMBER, UNIT_ID, OFFICER_ID, List.of(CO_HANDLER_ID),
                        LocalDate.of(2017, 5, 2), MONTH, RULEBOOK,
                        List.of(new ProcessPenalty(ProcessPenaltyCode.MISSING, points("5.0"), 1)), points("5.0"),
                        points("95.0"), EvaluationEvent.SYSTEM_ACTOR, Instant.parse("2017-05-02T16:00:00Z")),
                new CaseFileReviewed(CASE_FILE_ID, CASE_NUMBER, UNIT_ID, OFFICER_ID, List.of(CO_HANDLER_ID), 1,
                        LocalDate.of(2017, 6, 5), roundOneCard(), List.of(), List.of(), MONTH,
                        LocalDate.of(2017, 7, 5), Instant.parse("2017-07-05T16:00:00Z"), LocalDate.of(2017, 6, 8),
                        REVIEWER_ID, TIME),
                new RectificationOverdue(CASE_FILE_ID, CASE_NUMBER, UNIT_ID, OFFICER_ID, List.of(CO_HANDLER_ID),
                        LocalDate.of(2017, 7, 5), roundTwoCard(), List.of("R1-1", "R1-2"), MONTH,
                        LocalDate.of(2017, 7, 9), EvaluationEvent.SYSTEM_ACTOR, Instant.parse("2017-07-05T16:00:00Z")),
                new CaseFileClosed(CASE_FILE_ID, CASE_NUMBER, UNIT_ID, OFFICER_ID, List.of(CO_HANDLER_ID),
                        ClosingReason.RECTIFICATION_OVERDUE, 2, points("16.0"), points("84.0"), Grade.PASS,
                        Classification.NOT_STRICT, MONTH, true, true, EvaluationEvent.SYSTEM_ACTOR,
                        Instant.parse("2017-07-05T16:00:00Z")),
                new ObjectionRaised(CASE_FILE_ID, CASE_NUMBER, UNIT_ID, OFFICER_ID, 1, "询问笔录已签名，见第3页背面",
                        LocalDate.of(2017, 6, 9), OFFICER_ID, Instant.parse("2017-06-06T01:00:00Z")),
                new ObjectionDecided(CASE_FILE_ID, CASE_NUMBER, UNIT_ID, OFFICER_ID, List.of(CO_HANDLER_ID), 1,
                        ObjectionDecision.UPHELD, List.of("R1-1"), "复核属实，撤销该扣分项", withdrawnCard(), MONTH,
                        REVIEWER_ID, Instant.parse("2017-06-07T01:00:00Z")),
                new OfficerUpdated(OFFICER_ID, "031234", "李明亮", UNIT_ID, List.of(OfficerRole.OFFICER), ADMIN_ID, TIME),
                new OfficerTransferred(OFFICER_ID, UNIT_ID, OTHER_UNIT_ID, LocalDate.of(2017, 6, 1), ADMIN_ID, TIME),
                new OfficerDeactivated(OFFICER_ID, OTHER_UNIT_ID, LocalDate.of(2017, 6, 30), ADMIN_ID, TIME),
                new UnitRenamed(UNIT_ID, "CG01", "城关派出所", "城关街道派出所", ADMIN_ID, TIME));
    }

    private static BigDecimal points(String value) {
        return new BigDecimal(value);
    }

    private static Finding ev02(Rectification rectification, String counted, boolean withdrawn) {
        return new Finding("R1-1", 1, "EV02", "EVIDENCE", points("2.0"), points(counted),
                FindingClass.NOT_STANDARDIZED, false, "询问笔录第3页未签名", rectification, withdrawn);
    }

    private static Finding pr05(Rectification rectification, String counted) {
        return new Finding("R1-2", 1, "PR05", "PROCEDURE", points("5.0"), points(counted), FindingClass.NOT_STRICT,
                false, "罚款二千元未经法制审核", rectification, false);
    }

    private static List<DimensionDeduction> dimensions(String evidence, String procedure) {
        return List.of(
                new DimensionDeduction("EVIDENCE", points("25.0"), points(evidence), points(evidence)),
                new DimensionDeduction("CHARACTERIZATION", points("15.0"), points("0.0"), points("0.0")),
                new DimensionDeduction("PROCEDURE", points("25.0"), points(procedure), points(procedure)),
                new DimensionDeduction("DISCRETION", points("20.0"), points("0.0"), points("0.0")),
                new DimensionDeduction("DOCUMENTS", points("10.0"), points("0.0"), points("0.0")),
                new DimensionDeduction("FILING", points("5.0"), points("0.0"), points("0.0")));
    }

    static EvaluationCard roundOneCard() {
        return new EvaluationCard(1, RULEBOOK, List.of(ev02(null, "2.0", false), pr05(null, "5.0")), List.of(),
                dimensions("2.0", "5.0"), points("7.0"), points("0.0"), points("7.0"), points("93.0"), Grade.EXCELLENT,
                Classification.NOT_STRICT, false);
    }

    static EvaluationCard withdrawnCard() {
        return new EvaluationCard(1, RULEBOOK, List.of(ev02(null, "0.0", true), pr05(null, "5.0")), List.of(),
                dimensions("0.0", "5.0"), points("5.0"), points("0.0"), points("5.0"), points("95.0"), Grade.EXCELLENT,
                Classification.NOT_STRICT, false);
    }

    static EvaluationCard roundTwoCard() {
        return new EvaluationCard(2, RULEBOOK,
                List.of(ev02(Rectification.UNRECTIFIED, "4.0", false), pr05(Rectification.UNRECTIFIED, "10.0")),
                List.of(), dimensions("4.0", "10.0"), points("14.0"), points("0.0"), points("14.0"), points("86.0"),
                Grade.PASS, Classification.NOT_STRICT, false);
    }

    /** A small but complete rulebook version (the shipped default has the full list of items). */
    static RulebookContent rulebook(String versionId) {
        return new RulebookContent(versionId, "执法质量考评细则（2017年7月修订）", LocalDate.of(2017, 7, 1),
                List.of(new RulebookDimension("EVIDENCE", "证据收集", points("25")),
                        new RulebookDimension("CHARACTERIZATION", "案件定性", points("15")),
                        new RulebookDimension("PROCEDURE", "程序流程", points("25")),
                        new RulebookDimension("DISCRETION", "量裁执行", points("20")),
                        new RulebookDimension("DOCUMENTS", "文书制作", points("10")),
                        new RulebookDimension("FILING", "整理装订", points("5"))),
                List.of(new RulebookItem("V03", "EVIDENCE", "主要事实证据不足（一票否决）", points("25"), points("25"),
                                false, FindingClass.NOT_STRICT, true, true),
                        new RulebookItem("DO02", "DOCUMENTS", "文书项目缺漏或填写错误（每处）", points("1"), points("1"),
                                true, FindingClass.NOT_STANDARDIZED, false, true)),
                List.of(new RulebookProcessPenalty(ProcessPenaltyCode.LATE, "超期送评", points("1"), "P7D", points("5")),
                        new RulebookProcessPenalty(ProcessPenaltyCode.MISSING, "不送评", points("5"), null, null),
                        new RulebookProcessPenalty(ProcessPenaltyCode.NO_PREREVIEW, "法制员未先期考评", points("2"),
                                null, null)),
                new RulebookGradeBands(points("90"), points("80")),
                new RulebookDeadlines("P1M", "P1M", "P3D", "P3D"),
                points("2"),
                new RulebookThresholds(points("3.0"), 1, true, 3, 15, true, 2, 3));
    }
}
