package cn.kaoping.contracts.training;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * 十佳十差: the panel confirmed the ten best and ten worst case files of a period (T2). A confirmed
 * selection is immutable; best files earn a bonus (incentive), worst files open key-file tracking and an
 * accountability proposal (supervision). No file is in both lists. Subject: the selection id.
 *
 * @param period      {@code 2017-Q1} (quarter), {@code 2017-H1} (half year) or {@code 2017} (year)
 * @param periodStart first day of the period (inclusive)
 * @param periodEnd   last day of the period (inclusive); candidates are the files whose evaluation month
 *                    lies between the two
 * @param best        十佳, rank 1 first
 * @param worst       十差, rank 1 (the worst) first
 */
public record SelectionConfirmed(
        String selectionId,
        String period,
        LocalDate periodStart,
        LocalDate periodEnd,
        List<SelectedFile> best,
        List<SelectedFile> worst) implements TrainingEvent {

    public SelectionConfirmed {
        Objects.requireNonNull(selectionId, "selectionId");
        best = best == null ? List.of() : List.copyOf(best);
        worst = worst == null ? List.of() : List.copyOf(worst);
    }

    @Override
    public String subject() {
        return selectionId;
    }
}
