package cn.kaoping.evaluation.scoring;

import cn.kaoping.contracts.evaluation.Finding;
import cn.kaoping.contracts.evaluation.PreReviewFinding;
import cn.kaoping.contracts.evaluation.Rectification;
import cn.kaoping.contracts.evaluation.RulebookItem;
import cn.kaoping.domain.FieldError;
import cn.kaoping.evaluation.domain.ErrorCode;
import cn.kaoping.evaluation.domain.Refusals;
import cn.kaoping.evaluation.rulebook.Rulebook;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Findings as the rulebook allows them (E4): an item of the rulebook, points defaulting to the item's
 * default and never above its maximum nor below zero, a note where the item requires one, an item that is
 * not "per occurrence" at most once per card. And what round two and objections do to a finding.
 */
public final class Findings {

    private Findings() {
    }

    /**
     * The findings a reviewer records on a card of {@code round}, with ids "R{round}-1", "R{round}-2" …
     *
     * @param alreadyOnCard findings the card carries over (round-one findings on a round-two card)
     * @throws DomainException (invalid input) listing every entry at fault, with paths {@code findings[i].field}
     */
    public static List<Finding> forCard(Rulebook rulebook, int round, List<FindingInput> entries,
                                        Collection<Finding> alreadyOnCard) {
        Set<String> itemsOnCard = new HashSet<>();
        alreadyOnCard.forEach(f -> itemsOnCard.add(f.itemCode()));
        List<Accepted> accepted = accept(rulebook, entries, itemsOnCard);
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < accepted.size(); i++) {
            Accepted a = accepted.get(i);
            findings.add(new Finding("R" + round + "-" + (i + 1), round, a.item().code(), a.item().dimension(),
                    a.points(), a.points(), a.item().findingClass(), a.item().veto(), a.note(), null, false));
        }
        return findings;
    }

    /** The findings of pre-review number {@code preReviewNumber}, ids "P{n}-1" …; validated as on a card. */
    public static List<PreReviewFinding> forPreReview(Rulebook rulebook, int preReviewNumber,
                                                      List<FindingInput> entries) {
        List<Accepted> accepted = accept(rulebook, entries, new HashSet<>());
        List<PreReviewFinding> findings = new ArrayList<>();
        for (int i = 0; i < accepted.size(); i++) {
            Accepted a = accepted.get(i);
            findings.add(new PreReviewFinding("P" + preReviewNumber + "-" + (i + 1), a.item().code(),
                    a.item().dimension(), a.points(), a.item().findingClass(), a.item().veto(), a.note()));
        }
        return findings;
    }

    /** A round-one finding on the round-two card, rectified: it keeps its points (E6). */
    public static Finding rectified(Finding roundOne) {
        return new Finding(roundOne.findingId(), roundOne.recordedInRound(), roundOne.itemCode(),
                roundOne.dimension(), roundOne.points(), roundOne.points(), roundOne.findingClass(),
                roundOne.veto(), roundOne.note(), Rectification.RECTIFIED, false);
    }

    /** A round-one finding on the round-two card, unrectified: factor × points (E6). */
    public static Finding unrectified(Finding roundOne, BigDecimal factor) {
        return new Finding(roundOne.findingId(), roundOne.recordedInRound(), roundOne.itemCode(),
                roundOne.dimension(), roundOne.points(), Points.canonical(roundOne.points().multiply(factor)),
                roundOne.findingClass(), roundOne.veto(), roundOne.note(), Rectification.UNRECTIFIED, false);
    }

    /** A finding withdrawn by an upheld objection: kept on the card, counting nothing (E9). */
    public static Finding withdrawn(Finding finding) {
        return new Finding(finding.findingId(), finding.recordedInRound(), finding.itemCode(),
                finding.dimension(), finding.points(), Points.ZERO, finding.findingClass(), finding.veto(),
                finding.note(), finding.rectification(), true);
    }

    private record Accepted(RulebookItem item, BigDecimal points, String note) {
    }

    private static List<Accepted> accept(Rulebook rulebook, List<FindingInput> entries, Set<String> itemsOnCard) {
        List<FieldError> errors = new ArrayList<>();
        List<Accepted> accepted = new ArrayList<>();
        List<FindingInput> list = entries == null ? List.of() : entries;
        for (int i = 0; i < list.size(); i++) {
            String path = "findings[" + i + "]";
            FindingInput entry = list.get(i);
            if (entry == null || entry.itemCode() == null || entry.itemCode().isBlank()) {
                errors.add(FieldError.of(path + ".itemCode", ErrorCode.REQUIRED));
                continue;
            }
            RulebookItem item = rulebook.item(entry.itemCode()).orElse(null);
            if (item == null) {
                errors.add(FieldError.of(path + ".itemCode", ErrorCode.UNKNOWN_RULEBOOK_ITEM, entry.itemCode()));
                continue;
            }
            BigDecimal points = entry.points() == null ? item.defaultPoints() : entry.points();
            boolean valid = true;
            if (points.signum() < 0) {
                errors.add(FieldError.of(path + ".points", ErrorCode.NEGATIVE_POINTS, points));
                valid = false;
            } else if (points.compareTo(item.maxPoints()) > 0) {
                errors.add(FieldError.of(path + ".points", ErrorCode.POINTS_ABOVE_MAXIMUM, points, item.maxPoints()));
                valid = false;
            } else if (!Points.fitsScale(points)) {
                errors.add(FieldError.of(path + ".points", ErrorCode.POINTS_TOO_PRECISE, points));
                valid = false;
            }
            String note = entry.note() == null || entry.note().isBlank() ? null : entry.note().strip();
            if (item.noteRequired() && note == null) {
                errors.add(FieldError.of(path + ".note", ErrorCode.NOTE_REQUIRED, item.code()));
                valid = false;
            }
            if (!item.perOccurrence() && !itemsOnCard.add(item.code())) {
                errors.add(FieldError.of(path + ".itemCode", ErrorCode.ITEM_ALREADY_RECORDED, item.code()));
                valid = false;
            }
            if (valid) {
                accepted.add(new Accepted(item, Points.canonical(points), note));
            }
        }
        if (!errors.isEmpty()) {
            throw Refusals.invalid(errors);
        }
        return accepted;
    }
}
