package cn.kaoping.supervision.accountability;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The facts an accountability case stands on, taken from the streams when it opens: the files with their case
 * numbers, deductions and missed deadlines; the 执法不严格 findings (possible errors, 执法过错) apart from the
 * 执法不规范 ones (flaws, 执法瑕疵, which Order 138 does not pursue); red cards; failed exams.
 */
public record CaseFacts(
        String officerName,
        String policeNumber,
        String unitName,
        List<FileFact> files,
        List<FindingFact> errors,
        List<FindingFact> flaws,
        List<RedCardFact> redCards,
        List<ExamFact> failedExams) {

    public CaseFacts {
        files = files == null ? List.of() : List.copyOf(files);
        errors = errors == null ? List.of() : List.copyOf(errors);
        flaws = flaws == null ? List.of() : List.copyOf(flaws);
        redCards = redCards == null ? List.of() : List.copyOf(redCards);
        failedExams = failedExams == null ? List.of() : List.copyOf(failedExams);
    }

    /** One file of the facts; {@code deadlinesMissed} in Chinese as the opinion prints it. */
    public record FileFact(String caseFileId, String caseNumber, String evaluationMonth, BigDecimal totalDeduction,
                           LocalDate rectificationDueOn, boolean tenWorst, List<String> deadlinesMissed) {
    }

    /** One finding: points recorded, what it counted on the latest card, its rectification when known. */
    public record FindingFact(String caseNumber, String findingId, String itemCode, String dimension, BigDecimal points,
                              BigDecimal countedPoints, String findingClass, String note, String rectification) {
    }

    public record RedCardFact(String month, BigDecimal averageDeduction, int filesEvaluated) {
    }

    public record ExamFact(String classId, BigDecimal score, int attempts) {
    }

    public BigDecimal totalDeduction() {
        return files.stream().map(FileFact::totalDeduction).filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
