package cn.kaoping.training.selection.choosing;

import java.time.Instant;
import java.util.List;

/** The panel's choice: best and worst case files, who sat on the panel, notes. */
public record ChooseFiles(String selectionId, List<String> best, List<String> worst, List<String> panelIds,
                          String notes, String actorId, Instant at) {

    public ChooseFiles {
        best = best == null ? List.of() : best;
        worst = worst == null ? List.of() : worst;
        panelIds = panelIds == null ? List.of() : panelIds;
    }
}
