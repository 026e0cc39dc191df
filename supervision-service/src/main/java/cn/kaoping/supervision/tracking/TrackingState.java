package cn.kaoping.supervision.tracking;

/** The state of a tracking item (S1): OPEN → RESOLVED (销号) or OVERDUE (逾期, fires by itself). */
public enum TrackingState {
    OPEN,
    RESOLVED,
    OVERDUE
}
