package cn.kaoping.e2e;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the rulebook says a file's evaluation must be, written out by hand in {@link SeedScenarioTest}: its
 * state and flags, process penalties, cards (findings, dimension deductions, totals) and history.
 */
final class Expected {

    static final String RECTIFIED = "RECTIFIED";
    static final String UNRECTIFIED = "UNRECTIFIED";

    private Expected() {
    }

    static FileResult file(String key) {
        return new FileResult(key);
    }

    static Card card(int round) {
        return new Card(round);
    }

    /** A finding on a card: points as recorded, counted as it counts on that card (× 2 when unrectified). */
    record Finding(String findingId, String itemCode, BigDecimal points, BigDecimal counted, String rectification) {
    }

    record Penalty(String code, BigDecimal points, int startedPeriods) {
    }

    record Dimension(String code, BigDecimal deducted, BigDecimal counted) {
    }

    static final class Card {
        final int round;
        final List<Finding> findings = new ArrayList<>();
        final Map<String, Dimension> dimensions = new LinkedHashMap<>();
        BigDecimal findingsDeduction;
        BigDecimal processDeduction;
        BigDecimal totalDeduction;
        BigDecimal score;
        String grade;
        String classification;
        boolean veto;
        String madeByEvent = "CASE_FILE_REVIEWED";

        private Card(int round) {
            this.round = round;
        }

        Card finding(String id, String item, String points) {
            return finding(id, item, points, points, null);
        }

        Card finding(String id, String item, String points, String counted, String rectification) {
            findings.add(new Finding(id, item, new BigDecimal(points), new BigDecimal(counted), rectification));
            return this;
        }

        /** A dimension whose deduction is under its weight (counted = deducted); the others lose nothing. */
        Card dimension(String code, String deducted) {
            return dimension(code, deducted, deducted);
        }

        Card dimension(String code, String deducted, String counted) {
            dimensions.put(code, new Dimension(code, new BigDecimal(deducted), new BigDecimal(counted)));
            return this;
        }

        Card totals(String findings, String process, String total, String score, String grade, String classification) {
            this.findingsDeduction = new BigDecimal(findings);
            this.processDeduction = new BigDecimal(process);
            this.totalDeduction = new BigDecimal(total);
            this.score = new BigDecimal(score);
            this.grade = grade;
            this.classification = classification;
            return this;
        }

        Card veto() {
            this.veto = true;
            return this;
        }

        /** Made by the deadline scheduler when the rectification period passed (E6). */
        Card byRectificationDeadline() {
            this.madeByEvent = "RECTIFICATION_OVERDUE";
            return this;
        }
    }

    static final class FileResult {
        final String key;
        String officer;
        String unit;
        String rulebookVersion = SeedScenario.DEFAULT_RULEBOOK;
        String state;
        String closingReason;
        boolean overdueSubmission;
        boolean overdueRectification;
        Boolean submittedLate;
        final List<Penalty> penalties = new ArrayList<>();
        YearMonth month;
        BigDecimal totalDeduction;
        BigDecimal score;
        String grade;
        String classification;
        boolean veto;
        final List<Card> cards = new ArrayList<>();
        final List<String> history = new ArrayList<>();

        private FileResult(String key) {
            this.key = key;
        }

        FileResult handledBy(String officer, String unit) {
            this.officer = officer;
            this.unit = unit;
            return this;
        }

        FileResult rulebook(String versionId) {
            this.rulebookVersion = versionId;
            return this;
        }

        FileResult state(String state, String closingReason) {
            this.state = state;
            this.closingReason = closingReason;
            return this;
        }

        FileResult overdueSubmission() {
            this.overdueSubmission = true;
            return this;
        }

        FileResult overdueRectification() {
            this.overdueRectification = true;
            return this;
        }

        FileResult submittedLate(boolean late) {
            this.submittedLate = late;
            return this;
        }

        FileResult penalty(String code, String points, int startedPeriods) {
            penalties.add(new Penalty(code, new BigDecimal(points), startedPeriods));
            return this;
        }

        FileResult month(YearMonth month) {
            this.month = month;
            return this;
        }

        /** The file's current result: its last card's, or (no card yet) its process penalties'. */
        FileResult result(String total, String score, String grade, String classification) {
            this.totalDeduction = new BigDecimal(total);
            this.score = new BigDecimal(score);
            this.grade = grade;
            this.classification = classification;
            return this;
        }

        FileResult veto() {
            this.veto = true;
            return this;
        }

        FileResult card(Card card) {
            cards.add(card);
            return this;
        }

        FileResult history(String... types) {
            history.addAll(List.of(types));
            return this;
        }

        Card currentCard() {
            return cards.isEmpty() ? null : cards.get(cards.size() - 1);
        }
    }
}
