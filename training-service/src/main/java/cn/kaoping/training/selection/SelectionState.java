package cn.kaoping.training.selection;

/** DRAFT while the panel chooses; CONFIRMED (已确认) is frozen and published. */
public enum SelectionState {
    DRAFT,
    CONFIRMED
}
