package cn.kaoping.evaluation.rulebook.whatif;

import java.util.List;

/**
 * A file re-scored under a draft rulebook.
 *
 * @param droppedItems the item codes of findings that count nothing under the draft because it lacks their item
 */
public record Rescored(FileResult result, List<String> droppedItems) {

    public Rescored {
        droppedItems = List.copyOf(droppedItems);
    }
}
