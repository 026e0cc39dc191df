package cn.kaoping.supervision.tracking.acting;

import static cn.kaoping.supervision.SupervisionError.DUE_ON_IN_PAST;
import static cn.kaoping.supervision.SupervisionError.EXTENSION_NOT_LATER;
import static cn.kaoping.supervision.SupervisionError.EXTENSION_TOO_LATE;
import static cn.kaoping.supervision.SupervisionError.ITEM_NOT_RESOLVED;
import static cn.kaoping.supervision.SupervisionError.ITEM_RESOLVED;
import static cn.kaoping.supervision.SupervisionError.REQUIRED;
import static cn.kaoping.supervision.SupervisionError.TEXT_TOO_LONG;

import cn.kaoping.contracts.supervision.SupervisionEvent;
import cn.kaoping.contracts.supervision.TrackingItemOverdue;
import cn.kaoping.contracts.supervision.TrackingItemResolved;
import cn.kaoping.domain.DomainException;
import cn.kaoping.supervision.tracking.TrackingItem;
import cn.kaoping.supervision.tracking.TrackingState;
import java.time.LocalDate;
import java.util.Optional;

/** S1: what an action, a due date or the evaluation stream does to a tracking item. Pure. */
public final class ActionDecision {

    static final int MAX_NOTE = 2000;

    private ActionDecision() {
    }

    /**
     * The item's next state and due date, the history line, the event to publish (if any) and whether a timer is
     * due for the new date.
     */
    public record Outcome(TrackingState state, LocalDate dueOn, String historyType, Optional<SupervisionEvent> event,
                          boolean schedule) {
    }

    /** An action by a person. {@code reopenDueOn}: the due date of a reopened item when none is given. */
    public static Outcome decide(TrackingItem item, ItemAction action, LocalDate reopenDueOn) {
        if (action.note() != null && action.note().length() > MAX_NOTE) {
            throw DomainException.invalidField(TEXT_TOO_LONG, "note", MAX_NOTE);
        }
        return switch (action.type()) {
            case FEEDBACK -> {
                requireLive(item);
                if (action.note() == null || action.note().isBlank()) {
                    throw DomainException.invalidField(REQUIRED, "note");
                }
                yield same(item, "FEEDBACK");
            }
            case REMIND -> {
                requireLive(item);
                yield same(item, "REMIND");
            }
            case EXTEND -> {
                requireLive(item);
                if (action.dueOn() == null) {
                    throw DomainException.invalidField(REQUIRED, "dueOn");
                }
                // "asked before the due date": on the due date at the latest, and never once overdue
                if (item.state() == TrackingState.OVERDUE || action.today().isAfter(item.dueOn())) {
                    throw DomainException.conflict(EXTENSION_TOO_LATE, item.dueOn());
                }
                if (!action.dueOn().isAfter(item.dueOn())) {
                    throw DomainException.invalidField(EXTENSION_NOT_LATER, "dueOn", action.dueOn(), item.dueOn());
                }
                yield new Outcome(TrackingState.OPEN, action.dueOn(), "EXTEND", Optional.empty(), true);
            }
            case RESOLVE -> {
                requireLive(item);
                yield new Outcome(TrackingState.RESOLVED, item.dueOn(), "RESOLVE",
                        Optional.of(resolved(item, false, action.note())), false);
            }
            case REOPEN -> {
                if (item.isLive()) {
                    throw DomainException.conflict(ITEM_NOT_RESOLVED, item.state());
                }
                LocalDate due = action.dueOn() == null ? reopenDueOn : action.dueOn();
                if (due.isBefore(action.today())) {
                    throw DomainException.invalidField(DUE_ON_IN_PAST, "dueOn", due, action.today());
                }
                yield new Outcome(TrackingState.OPEN, due, "REOPEN", Optional.empty(), true);
            }
        };
    }

    /** The due date {@code timerDueOn} passed: OVERDUE only if the item is still open on that very date. */
    public static Optional<Outcome> overdue(TrackingItem item, LocalDate timerDueOn) {
        if (item.state() != TrackingState.OPEN || !item.dueOn().equals(timerDueOn)) {
            return Optional.empty();
        }
        return Optional.of(new Outcome(TrackingState.OVERDUE, item.dueOn(), "OVERDUE",
                Optional.of(new TrackingItemOverdue(item.itemId(), item.kind(), item.reason(), item.officerId(),
                        item.unitId(), item.caseFileId(), item.dueOn())), false));
    }

    /** Resolved by itself (the file closed rectified, or all the key person's files resolved). */
    public static Optional<Outcome> resolveAutomatically(TrackingItem item, String note) {
        if (!item.isLive()) {
            return Optional.empty();
        }
        return Optional.of(new Outcome(TrackingState.RESOLVED, item.dueOn(), "AUTO_RESOLVE",
                Optional.of(resolved(item, true, note)), false));
    }

    private static TrackingItemResolved resolved(TrackingItem item, boolean automatic, String note) {
        return new TrackingItemResolved(item.itemId(), item.kind(), item.reason(), item.officerId(), item.unitId(),
                item.caseFileId(), automatic, note);
    }

    private static void requireLive(TrackingItem item) {
        if (!item.isLive()) {
            throw DomainException.conflict(ITEM_RESOLVED);
        }
    }

    private static Outcome same(TrackingItem item, String type) {
        return new Outcome(item.state(), item.dueOn(), type, Optional.empty(), false);
    }
}
