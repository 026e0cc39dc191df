package cn.kaoping.training.selection;

import cn.kaoping.contracts.training.SelectionConfirmed;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * 十佳十差评选: the selection of a period (T2).
 *
 * @param best      the panel's choice of best files (case-file ids), in their order
 * @param confirmed the frozen result, once confirmed
 */
public record Selection(String id, String period, LocalDate periodStart, LocalDate periodEnd, int size,
                        SelectionState state, List<String> best, List<String> worst, List<String> panelIds,
                        String notes, SelectionConfirmed confirmed, String createdBy, Instant createdAt,
                        String updatedBy, Instant updatedAt, String confirmedBy, Instant confirmedAt) {
}
