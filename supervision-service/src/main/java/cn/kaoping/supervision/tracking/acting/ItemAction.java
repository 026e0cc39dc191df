package cn.kaoping.supervision.tracking.acting;

import cn.kaoping.contracts.Actor;
import java.time.Instant;
import java.time.LocalDate;

/** An action on a tracking item by a person; {@code today} is the bureau's date at {@code at}. */
public record ItemAction(String itemId, ActionType type, String note, LocalDate dueOn, Actor actor, Instant at,
                         LocalDate today) {
}
